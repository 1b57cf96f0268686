<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>Absences</name>
        <message>
            <location filename="../../desktop/services/absences.py" line="46" />
            <source>Gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="47" />
            <source>Voordeurbezoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="48" />
            <source>Vervolggesprek</source>
            <translation>Follow-up conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="49" />
            <source>Maatregel overwogen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="50" />
            <source>Horen aangeboden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="51" />
            <source>Besluit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="52" />
            <source>Verklaard door omstandigheden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="162" />
            <source>Vul in welke activiteit is gemist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="169" />
            <source>Een activiteit in de toekomst kan nog niet gemist zijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="192" />
            <source>Schrijf op wat team verzuim aantrof.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="196" />
            <source>De werkzoekende had zich afgemeld: een voordeurbezoek is niet nodig.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="209" />
            <source>Het vervolggesprek is al vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="214" />
            <source>Kies een gehouden gesprek met deze werkzoekende.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="225" />
            <source>Het vervolggesprek ligt voor het verzuim; klopt de datum?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="233" />
            <source>Schrijf op welke omstandigheden het verzuim verklaren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="251" />
            <source>het voordeurbezoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="253" />
            <source>het vervolggesprek met de werkzoekende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="255" />
            <source>Een maatregel overwegen kan pas na het gesprek. Nog nodig: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="257" />
            <location filename="../../desktop/services/absences.py" line="309" />
            <source>{a} en {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="273" />
            <source>Horen hoort bij een maatregeloverweging. Nog nodig: eerst de maatregel overwegen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="288" />
            <source>Kies: wel of geen maatregel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="290" />
            <source>Schrijf op waarom dit het besluit is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="295" />
            <source>Vul het percentage van de maatregel in (1 tot en met 100).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="298" />
            <source>Vul in voor hoeveel maanden de maatregel geldt (1 tot en met 3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="305" />
            <source>een maatregeloverweging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="307" />
            <source>het aanbod aan de werkzoekende om gehoord te worden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="311" />
            <source>Een maatregel kan pas na een maatregeloverweging en nadat de werkzoekende is aangeboden gehoord te worden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="314" />
            <source>Een besluit hoort bij een maatregeloverweging.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="315" />
            <source>{rule} Nog nodig: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="335" />
            <source>Deze datum ligt in de toekomst.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="337" />
            <source>Deze datum ligt voor de vorige stap; klopt hij?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="348" />
            <source>Dit verzuim is al afgesloten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="355" />
            <source>Dit verzuim bestaat niet (meer).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AbsencesTab</name>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="82" />
            <source>Gemiste activiteit vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="84" />
            <source>Bijvoorbeeld: sollicitatietraining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="86" />
            <source>Had zich afgemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="87" />
            <source>Verzuim vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="90" />
            <source>Activiteit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="91" />
            <location filename="../../desktop/ui/absences_tab.py" line="116" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="95" />
            <location filename="../../desktop/ui/absences_tab.py" line="202" />
            <source>Verzuim</source>
            <translation>Absence</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="110" />
            <source>1. Voordeurbezoek door team verzuim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="112" />
            <source>Wat trof team verzuim aan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="113" />
            <source>Voordeurbezoek vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="117" />
            <source>Bevindingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="120" />
            <source>2. Vervolggesprek met de werkzoekende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="124" />
            <source>Samenvatting voor de werkzoekende: waren er omstandigheden?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="125" />
            <source>Interne aantekeningen (worden niet geprint)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="126" />
            <source>Gesprek vastleggen</source>
            <translation>Record the conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="129" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="130" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="131" />
            <source>Intern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="134" />
            <source>3. Maatregel overwegen, horen, besluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="135" />
            <source>Maatregel overwegen (vandaag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="137" />
            <source>Horen aangeboden (vandaag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="139" />
            <source>Maatregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="140" />
            <source>Geen maatregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="148" />
            <source> maand(en)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="149" />
            <source>Waarom dit besluit? (verplicht)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="150" />
            <source>Besluit vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="163" />
            <source>Besluit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="164" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="167" />
            <source>Verklaard door omstandigheden: afsluiten zonder maatregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="168" />
            <source>Welke omstandigheden verklaren het verzuim?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="169" />
            <source>Afsluiten zonder maatregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="186" />
            <source>Kies een verzuim, of leg een gemiste activiteit vast.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="239" />
            <source>maand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="239" />
            <source>maanden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="240" />
            <source>maatregel {p}% gedurende {m} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="243" />
            <source>geen maatregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="253" />
            <source>Afgesloten op {date}: {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="256" />
            <source>Nu: voordeurbezoek door team verzuim (niet afgemeld), daarna het vervolggesprek.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="258" />
            <source>Nu: vervolggesprek met de werkzoekende — waren er omstandigheden?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="260" />
            <source>Nu: maatregel overwegen, of afsluiten omdat omstandigheden het verzuim verklaren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="262" />
            <source>Nu: de werkzoekende aanbieden gehoord te worden, of besluiten geen maatregel op te leggen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="264" />
            <source>Nu: het besluit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="273" />
            <source>afgemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="273" />
            <source>niet afgemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="276" />
            <source>Voordeurbezoek {date}: {findings}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="279" />
            <source>Vervolggesprek gehouden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="281" />
            <source>Maatregel overwogen op {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="283" />
            <source>Horen aangeboden op {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="285" />
            <source>Reden: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="298" />
            <source>Een maatregel kan pas na een maatregeloverweging en nadat de werkzoekende is aangeboden gehoord te worden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="332" />
            <source>Verzuim vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="339" />
            <source>Voordeurbezoek vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="351" />
            <source>Vervolggesprek vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="357" />
            <source>Maatregeloverweging vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="361" />
            <source>Aanbod om te horen vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="370" />
            <source>Besluit vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/absences_tab.py" line="375" />
            <source>Afgesloten zonder maatregel: verklaard door omstandigheden.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="54" />
            <source>Afspraak bewerken</source>
            <translation>Edit agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="54" />
            <source>Nieuwe afspraak</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="80" />
            <source>&amp;Wat</source>
            <translation>&amp;What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="81" />
            <source>W&amp;ie</source>
            <translation>W&amp;ho</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="82" />
            <source>&amp;Uiterlijk</source>
            <translation>&amp;Due by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="84" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="85" />
            <source>&amp;Op</source>
            <translation>&amp;On</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="101" />
            <source>Delen met de specialisten die voor deze werkzoekende zijn ingezet</source>
            <translation>Share with the specialists engaged for this client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="109" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="111" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/agreement_dialog.py" line="165" />
            <source>Niet opgeslagen: verbeter wat in rood staat.</source>
            <translation>Not saved: please correct what is shown in red.</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="146" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="146" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="146" />
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="146" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="147" />
            <source>Gedeeld</source>
            <translation>Shared</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="153" />
            <source>Te laat: dit had uiterlijk {date} gedaan moeten zijn.</source>
            <translation>Overdue: this should have been done by {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="194" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="196" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>AgreementRow</name>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="168" />
            <source>Wat is er afgesproken?</source>
            <translation>What was agreed?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="169" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="172" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="177" />
            <source>Specialist: {name}</source>
            <translation>Specialist: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="180" />
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="181" />
            <source>Gedeeld</source>
            <translation>Shared</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="183" />
            <source>Zichtbaar voor de specialisten die voor deze werkzoekende zijn ingezet</source>
            <translation>Visible to the specialists engaged for this client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="189" />
            <source>Deze afspraak weghalen</source>
            <translation>Remove this agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="190" />
            <source>Afspraak weghalen</source>
            <translation>Remove agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="198" />
            <source>Specialist (onbekend)</source>
            <translation>Specialist (unknown)</translation>
        </message>
    </context>
    <context>
        <name>AgreementsEditor</name>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="272" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="272" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="272" />
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="273" />
            <source>Delen</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="282" />
            <source>Nog geen afspraken. Voeg er een toe met de knop hieronder (Alt+A).</source>
            <translation>No agreements yet. Add one with the button below (Alt+A).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="285" />
            <source>&amp;Afspraak toevoegen</source>
            <translation>&amp;Add agreement</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop/ui/app.py" line="60" />
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
            <location filename="../../desktop/ui/app.py" line="78" />
            <source>Wachtwoord om de gegevens te openen:</source>
            <translation>Passphrase to open the data:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="82" />
            <source>Dit systeem heeft geen beveiligde sleutelbos.
Kies een wachtwoord (minstens 8 tekens) om de gegevens te versleutelen:</source>
            <translation>This system has no secure keyring.
Choose a passphrase (at least 8 characters) to encrypt the data:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="87" />
            <source>Typ het wachtwoord nog een keer:</source>
            <translation>Type the passphrase once more:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="93" />
            <source>De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.</source>
            <translation>The two passphrases differ. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../desktop/ui/bar_chart.py" line="78" />
            <source>Geen gegevens in deze periode.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Caseload</name>
        <message>
            <location filename="../../desktop/services/absences.py" line="178" />
            <location filename="../../desktop/services/caseload.py" line="365" />
            <location filename="../../desktop/services/conversations.py" line="340" />
            <location filename="../../desktop/services/placements.py" line="507" />
            <location filename="../../desktop/services/profile.py" line="212" />
            <location filename="../../desktop/services/signals.py" line="259" />
            <location filename="../../desktop/services/werknl.py" line="250" />
            <source>Deze werkzoekende bestaat niet (meer).</source>
            <translation>This client does not exist (any more).</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="74" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="74" />
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="74" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="74" />
            <source>Volgende afspraak</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="75" />
            <source>Open afspraken</source>
            <translation>Open agreements</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="75" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="76" />
            <source>Uitkering</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="76" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="76" />
            <source>Beëindigd</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="77" />
            <source>{n} open afspraak/afspraken voorbij de afgesproken datum</source>
            <translation>{n} open agreement(s) past the agreed date</translation>
        </message>
    </context>
    <context>
        <name>CaseloadView</name>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="49" />
            <source>Zoek op naam, BSN of postcode</source>
            <translation>Search by name, BSN or postcode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="51" />
            <source>Zoeken in de caseload</source>
            <translation>Search the caseload</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="55" />
            <source>Alle lopende</source>
            <translation>All current</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="55" />
            <source>Uitkering</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="56" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="56" />
            <source>Beëindigd</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="57" />
            <source>Alles</source>
            <translation>Everything</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="59" />
            <source>Lopend: met uitkering of in nazorg</source>
            <translation>Current: on benefit or in aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="60" />
            <source>Alleen te late afspraken</source>
            <translation>Only overdue agreements</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="154" />
            <source>Laden mislukt</source>
            <translation>Loading failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="199" />
            <source>{shown} van {total}</source>
            <translation>{shown} of {total}</translation>
        </message>
    </context>
    <context>
        <name>Casework</name>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="71" />
            <source>Op kantoor</source>
            <translation>At the office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="72" />
            <source>Telefonisch</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="73" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="74" />
            <source>Bij de werkzoekende thuis</source>
            <translation>At the client's home</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="132" />
            <source>geen datum</source>
            <translation>no date</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../../desktop/commands/catalogue.py" line="27" />
            <source>Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/catalogue.py" line="30" />
            <source>{n} instrumenten ingelezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="85" />
            <source>'{v}' is geen heel getal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="88" />
            <source>{n} ligt niet tussen {low} en {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="112" />
            <source>{file} is leeg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="129" />
            <source>deze regel is geen geldige CSV ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="137" />
            <source>deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde zonder aanhalingstekens?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="144" />
            <source>de code {code} staat ook op regel {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="153" />
            <source>{file} bevat alleen een kopregel, geen instrumenten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="160" />
            <source>(leeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="162" />
            <source>onbekende kolommen: {cols}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="165" />
            <source>dubbele kolommen: {cols}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="168" />
            <source>ontbrekende kolommen: {cols}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="170" />
            <source>De kopregel van {file} klopt niet ({problems}). Verwacht: {expected}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="184" />
            <source>de code is verplicht.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="186" />
            <source>een code bestaat uit kleine letters, cijfers, punt, streepje of liggend streepje (hoogstens 40 tekens).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="190" />
            <source>de naam is verplicht.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="192" />
            <source>de naam is te lang (hoogstens 200 tekens).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="195" />
            <source>de aanbieder is verplicht.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="197" />
            <source>de aanbieder is te lang (hoogstens 100 tekens).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="200" />
            <source>de omschrijving is te lang (hoogstens 4000 tekens).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="203" />
            <source>noem minstens één doel uit de taxonomie.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="207" />
            <location filename="../../desktop/services/placements.py" line="458" />
            <source>onbekend in de taxonomie: {codes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="219" />
            <source>de maximumleeftijd ({hi}) is lager dan de minimumleeftijd ({lo}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="226" />
            <source>schrijf ja of nee, niet '{v}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/catalogue.py" line="338" />
            <location filename="../../desktop/services/placements.py" line="220" />
            <source>Dit instrument staat niet (meer) in de catalogus.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueView</name>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="46" />
            <source>Instrumentenhuis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="54" />
            <source>Zoeken in naam en omschrijving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="62" />
            <source>elke leeftijd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="66" />
            <source>elke duur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="67" />
            <source> wk of korter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="68" />
            <source>met plaatsen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="70" />
            <source>alleen actief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="74" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="74" />
            <source>nee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="76" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="77" />
            <source>Aanbieder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="78" />
            <source>Doelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="79" />
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="81" />
            <source>Weken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="82" />
            <source>Plaatsen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="82" />
            <source>vrij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="83" />
            <source>Actief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="94" />
            <source>Importeren uit CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="132" />
            <source>alle aanbieders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="136" />
            <source>elk doel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="151" />
            <source>{n} van {m} instrumenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="154" />
            <source>Catalogus importeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="155" />
            <source>CSV-bestanden (*.csv);;Alle bestanden (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="168" />
            <source>&lt;br&gt;… en nog {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="169" />
            <source>&lt;span style="color:{c}"&gt;Niets geïmporteerd; verbeter deze regels:&lt;/span&gt;&lt;br&gt;{lines}{extra}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/catalogue_view.py" line="172" />
            <source>{n} instrumenten ingelezen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../desktop/cli.py" line="31" />
            <source>Wijkdesk: de caseload van de vaste begeleider, ook zonder verbinding.</source>
            <translation>Wijkdesk: the job coach's caseload, also without a connection.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="33" />
            <source>map met de (versleutelde) gegevens</source>
            <translation>directory with the (encrypted) data</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="35" />
            <source>start met een wegwerpmap en demogegevens</source>
            <translation>start with a throwaway directory and demo data</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="37" />
            <source>taal van de meldingen (nl of en)</source>
            <translation>language of the messages (nl or en)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="39" />
            <source>start de app (standaard)</source>
            <translation>start the app (default)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="41" />
            <source>maak een oefencaseload zonder verbinding</source>
            <translation>create a practice caseload without a connection</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="45" />
            <source>lees gegevens in</source>
            <translation>import data</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="47" />
            <source>werkzoekenden uit een CSV-bestand</source>
            <translation>clients from a CSV file</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="50" />
            <source>de instrumentencatalogus uit een CSV-bestand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="53" />
            <source>schrijf gegevens weg</source>
            <translation>export data</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="55" />
            <source>de caseload als CSV</source>
            <translation>the caseload as CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="57" />
            <source>alles over een persoon (AVG art. 15) als JSON</source>
            <translation>everything about one person (GDPR art. 15) as JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="60" />
            <source>maandlijst voor UWV: wie kan worden uitgeschreven (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="64" />
            <source>maak een PDF voor de werkzoekende</source>
            <translation>make a PDF for the client</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="66" />
            <source>verslag van een gesprek</source>
            <translation>summary of a conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="70" />
            <source>meld dit apparaat aan bij de centrale opslag</source>
            <translation>sign this device in to the central store</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="75" />
            <source>synchroniseer met de centrale opslag</source>
            <translation>synchronise with the central store</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="139" />
            <source>--demo hoort bij het starten van de app, niet bij '{cmd}'.</source>
            <translation>--demo belongs to starting the app, not to '{cmd}'.</translation>
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="51" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="52" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="53" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="54" />
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="54" />
            <source>bijv. van der</source>
            <translation>e.g. van der</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="55" />
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="56" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="56" />
            <location filename="../../desktop/ui/client_form.py" line="73" />
            <location filename="../../desktop/ui/client_form.py" line="74" />
            <location filename="../../desktop/ui/client_form.py" line="75" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="57" />
            <source>Voorkeurstaal</source>
            <translation>Preferred language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="58" />
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="58" />
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="60" />
            <source>Contact en adres</source>
            <translation>Contact and address</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="61" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="62" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="63" />
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="64" />
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="65" />
            <source>Toevoeging</source>
            <translation>Suffix</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="65" />
            <source>bijv. A of bis</source>
            <translation>e.g. A or bis</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="66" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="67" />
            <source>Plaats</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="69" />
            <source>Uitkering</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="70" />
            <source>Uitkeringsstatus</source>
            <translation>Benefit status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="71" />
            <source>Aanvraag</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="71" />
            <source>Lopend</source>
            <translation>Running</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="72" />
            <source>Beëindigd</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="73" />
            <source>Begin uitkering</source>
            <translation>Benefit start</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="74" />
            <source>Einde uitkering</source>
            <translation>Benefit end</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="75" />
            <source>Nazorg tot</source>
            <translation>Aftercare until</translation>
        </message>
    </context>
    <context>
        <name>ClientPane</name>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="60" />
            <source>Aanvraag</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="60" />
            <source>Uitkering lopend</source>
            <translation>Benefit running</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="61" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="61" />
            <source>Uitkering beëindigd</source>
            <translation>Benefit ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="64" />
            <source>Kies links een werkzoekende om het dossier te openen.
Nieuwe werkzoekende: Ctrl+N. Zoeken: Ctrl+F.</source>
            <translation>Choose a client on the left to open their file.
New client: Ctrl+N. Search: Ctrl+F.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="90" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="94" />
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="107" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="160" />
            <source>BSN {bsn}</source>
            <translation>BSN {bsn}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="162" />
            <source>geboren {date}</source>
            <translation>born {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="165" />
            <source>nazorg tot {date}</source>
            <translation>aftercare until {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="204" />
            <source>Niet opgeslagen: verbeter wat in rood staat.</source>
            <translation>Not saved: please correct what is shown in red.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="212" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="224" />
            <source>Werkzoekende verwijderen</source>
            <translation>Delete client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="225" />
            <source>{name} (BSN {bsn}) uit de caseload verwijderen?

Het dossier verdwijnt uit de lijst; de verwijdering wordt met de centrale opslag gesynchroniseerd en in het logboek vastgelegd.</source>
            <translation>Delete {name} (BSN {bsn}) from the caseload?

The file disappears from the list; the deletion is synchronised with the central store and recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="248" />
            <source>Wijzigingen opslaan?</source>
            <translation>Save changes?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="249" />
            <source>De gegevens van {name} zijn gewijzigd maar niet opgeslagen.</source>
            <translation>The details of {name} were changed but not saved.</translation>
        </message>
    </context>
    <context>
        <name>CompletePlacementDialog</name>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="132" />
            <source>Inzet afronden: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="137" />
            <source>(kies)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="142" />
            <source>Resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="143" />
            <source>Ervaring werkzoekende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="144" />
            <source>Ervaring werkbegeleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="145" />
            <source>Ervaring werkgever</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="148" />
            <source>(niet gevraagd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="154" />
            <source>Einddatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="158" />
            <source>&lt;b&gt;Opnieuw beoordelen: is ontwikkeling zichtbaar?&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="163" />
            <source>niet beoordeeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="166" />
            <source>(was {n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="166" />
            <source>(nog niet beoordeeld)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="173" />
            <source>Afronden</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="40" />
            <source>Conflicten bij synchroniseren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="43" />
            <source>Iemand anders heeft hetzelfde veld ook gewijzigd. Nu staat de waarde van de centrale opslag erin. Kies per regel welke waarde moet blijven, of pas hem aan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="48" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="48" />
            <source>Veld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="48" />
            <source>Mijn waarde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="49" />
            <source>Waarde centrale opslag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="54" />
            <source>Mijn waarde houden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="55" />
            <source>Waarde centrale opslag houden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="56" />
            <source>Aanpassen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="92" />
            <source>Waarde aanpassen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationDialog</name>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="373" />
            <source>Nieuw gesprek</source>
            <translation>New conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="373" />
            <source>Afspraak plannen</source>
            <translation>Plan a meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="374" />
            <source>Gesprek vastleggen</source>
            <translation>Record the conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="375" />
            <source>Afspraak bewerken</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="375" />
            <source>Gesprek bewerken</source>
            <translation>Edit conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="392" />
            <source>bijv. wijkkantoor Afrikaanderwijk</source>
            <translation>e.g. wijk office Afrikaanderwijk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="396" />
            <source>In gewone taal, voor de werkzoekende: wat is besproken. Dit wordt afgedrukt.</source>
            <translation>In plain language, for the client: what was discussed. This is printed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="400" />
            <source>Alleen voor u en collega's van het wijkteam: nooit afgedrukt, nooit gedeeld met specialisten.</source>
            <translation>Only for you and colleagues in the neighbourhood team: never printed, never shared with specialists.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="401" />
            <source>Volgende afspraak</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="437" />
            <source>&amp;Gepland op</source>
            <translation>&amp;Planned for</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="437" />
            <source>&amp;Datum en tijd</source>
            <translation>&amp;Date and time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="438" />
            <source>&amp;Soort gesprek</source>
            <translation>&amp;Kind of conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="439" />
            <source>&amp;Hoe</source>
            <translation>&amp;How</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="441" />
            <source>&amp;Plaats</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="442" />
            <source>Samenvatting voor de &amp;werkzoekende</source>
            <translation>Summary for the &amp;client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="443" />
            <source>&amp;Interne notities</source>
            <translation>&amp;Internal notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="445" />
            <source>Interne notities worden nooit afgedrukt en nooit gedeeld.</source>
            <translation>Internal notes are never printed and never shared.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="453" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="454" />
            <source>Opslaan (Enter of Ctrl+Enter)</source>
            <translation>Save (Enter or Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="456" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="615" />
            <source>Dit gesprek bestaat niet (meer).</source>
            <translation>This conversation does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="675" />
            <source>Niet opgeslagen: verbeter wat in rood staat.</source>
            <translation>Not saved: please correct what is shown in red.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="697" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversation_dialog.py" line="697" />
            <source>Wat u hier schreef is nog niet opgeslagen. Weggooien?</source>
            <translation>What you wrote here has not been saved. Discard it?</translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="77" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="77" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="77" />
            <source>Hoe</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="77" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="78" />
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="81" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <location filename="../../desktop/services/conversations.py" line="275" />
            <source>Dit gesprek is al vastgelegd.</source>
            <translation>This conversation has already been recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="347" />
            <source>Dit gesprek bestaat niet (meer).</source>
            <translation>This conversation does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="421" />
            <source>Deze afspraak bestaat niet (meer).</source>
            <translation>This agreement does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="43" />
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="44" />
            <source>Voortgang</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="45" />
            <source>Heronderzoek</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="46" />
            <source>Telefonisch</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="47" />
            <source>Huisbezoek</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="48" />
            <source>Evaluatie</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="49" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="55" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="56" />
            <source>Gedaan</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="57" />
            <source>Niet gelukt</source>
            <translation>Missed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="58" />
            <source>Vervallen</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="64" />
            <source>Werkzoekende</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="65" />
            <source>Begeleider</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="66" />
            <source>Specialist</source>
            <translation>Specialist</translation>
        </message>
    </context>
    <context>
        <name>ConversationsTab</name>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="275" />
            <source>&amp;Nieuw gesprek…</source>
            <translation>&amp;New conversation…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="276" />
            <source>Een gehouden gesprek vastleggen (Ctrl+Shift+N)</source>
            <translation>Record a conversation that was held (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="277" />
            <source>Afspraak &amp;plannen…</source>
            <translation>&amp;Plan a meeting…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="278" />
            <source>&amp;Gehouden…</source>
            <translation>&amp;Held…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="279" />
            <source>De geplande afspraak heeft plaatsgevonden: leg het gesprek vast</source>
            <translation>The planned meeting took place: record the conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="280" />
            <source>&amp;Bewerken…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="281" />
            <location filename="../../desktop/ui/conversations_tab.py" line="300" />
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="290" />
            <source>Nieuwe &amp;afspraak…</source>
            <translation>New &amp;agreement…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="291" />
            <source>Afspraak be&amp;werken…</source>
            <translation>Edit agree&amp;ment…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="292" />
            <source>&amp;Gedaan</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="293" />
            <source>Markeer als gedaan, vandaag</source>
            <translation>Mark as done, today</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="294" />
            <source>N&amp;iet gelukt</source>
            <translation>&amp;Missed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="295" />
            <source>Markeer als niet gelukt, vandaag</source>
            <translation>Mark as missed, today</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="296" />
            <source>&amp;Vervallen</source>
            <translation>&amp;Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="298" />
            <source>Markeer als vervallen, vandaag</source>
            <translation>Mark as cancelled, today</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="299" />
            <source>&amp;Heropenen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="343" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="359" />
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="362" />
            <source>{n} te laat</source>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="416" />
            <location filename="../../desktop/ui/conversations_tab.py" line="417" />
            <source>Gesprek vastgelegd.</source>
            <translation>Conversation recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="416" />
            <source>Afspraak gepland.</source>
            <translation>Meeting planned.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="417" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="447" />
            <source>de geplande afspraak</source>
            <translation>the planned meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="447" />
            <source>het gesprek</source>
            <translation>the conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="449" />
            <source>Gesprek verwijderen</source>
            <translation>Remove conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="450" />
            <source>{what} van {date} verwijderen?

Open afspraken uit dit gesprek komen te vervallen.</source>
            <translation>Remove {what} of {date}?

Open agreements made in it will be cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="460" />
            <source>Verwijderd.</source>
            <translation>Removed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="497" />
            <source>Afspraak: {status}.</source>
            <translation>Agreement: {status}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="506" />
            <source>Afspraak verwijderen</source>
            <translation>Remove agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/conversations_tab.py" line="507" />
            <source>De afspraak “{what}” verwijderen?</source>
            <translation>Remove the agreement “{what}”?</translation>
        </message>
    </context>
    <context>
        <name>Data</name>
        <message>
            <location filename="../../desktop/commands/data.py" line="20" />
            <source>--clients moet 1 of meer zijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/data.py" line="25" />
            <source>{clients} werkzoekenden gemaakt met {conversations} gesprekken en {agreements} afspraken in {seconds:.1f} s; {pending} wijzigingen wachten op synchronisatie.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../desktop/services/demo_data.py" line="310" />
            <source>Deze map bevat al echte werkzoekenden. Maak demogegevens in een lege map (--data-dir), zodat ze nooit met echte gegevens worden gemengd.</source>
            <translation>This directory already holds real clients. Create demo data in an empty directory (--data-dir), so that it is never mixed with real data.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo_data.py" line="315" />
            <source>Zoveel demowerkzoekenden kunnen er niet worden gemaakt.</source>
            <translation>That many demo clients cannot be created.</translation>
        </message>
    </context>
    <context>
        <name>Effectiveness</name>
        <message>
            <location filename="../../desktop/services/effectiveness.py" line="94" />
            <source>De effectiviteit is voor begeleiders en teamleiders.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EffectivenessView</name>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="34" />
            <source>Effectiviteit van de instrumenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="37" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="38" />
            <source>Aanbieder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="39" />
            <source>Inzet</source>
            <translation>Placement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="40" />
            <source>Loopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="41" />
            <source>Afgerond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="42" />
            <source>Gestopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="43" />
            <source>Afgerond %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="45" />
            <source>Werk / opleiding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="46" />
            <source>Vervolg / geen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="48" />
            <source>Werkzoekende</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="49" />
            <source>Werkbegeleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="50" />
            <source>Werkgever</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="51" />
            <source>Ontwikkeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="62" />
            <source>Gemiddelde ontwikkeling op de doelen (niveaus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="63" />
            <source>Afgerond (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="64" />
            <source>Ervaring werkzoekende (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="65" />
            <source>Ervaring werkbegeleider (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="66" />
            <source>Ervaring werkgever (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="69" />
            <source>Cijfers over de inzet die op dit apparaat bekend is; geen namen. Telt niet alleen het resultaat, maar ook hoe werkzoekende, werkbegeleider en werkgever het ervoeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/effectiveness_view.py" line="73" />
            <source>Grafiek:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../desktop/commands/data.py" line="51" />
            <source>{n} werkzoekenden geschreven naar {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/data.py" line="59" />
            <source>Dossier geschreven naar {file}: {conversations} gesprekken, {agreements} afspraken, {events} logregels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/uwv.py" line="37" />
            <source>UWV-lijst {month}: {n} werkzoekenden die kunnen worden uitgeschreven, geschreven naar {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="257" />
            <source>De map {folder} bestaat niet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="259" />
            <source>{file} is een map, geen bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="263" />
            <source>In {folder} kan niet worden geschreven: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="278" />
            <source>{file} kan niet worden geschreven: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="389" />
            <source>Geen werkzoekende met dit BSN in dit bestand.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../desktop/services/figures.py" line="80" />
            <source>Het einde van de periode ligt voor het begin.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresView</name>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="44" />
            <source>Cijfers van het team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="53" />
            <source>Alle teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="56" />
            <source>Bijwerken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="66" />
            <source>Van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="68" />
            <source>t/m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="70" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="99" />
            <source>Signalen per resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="103" />
            <source>Nog open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="106" />
            <source>Verzuimaanpak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="108" />
            <source>Deelnemers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="109" />
            <source>Uitgestroomd naar werk of anderszins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="110" />
            <source>Maatregeloverwegingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="111" />
            <source>Maatregelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="112" />
            <source>Verklaard door omstandigheden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="113" />
            <source>Besloten: geen maatregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="116" />
            <source>Inschrijving werk.nl (lopende uitkeringen, vandaag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="118" />
            <source>Ingeschreven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="119" />
            <source>Verloopt binnenkort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="120" />
            <source>Verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="121" />
            <source>Niet ingeschreven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="122" />
            <source>Ontheffing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/figures_view.py" line="125" />
            <source>{total} signalen, {closed} afgesloten, waarvan {without} zonder boete-onderzoek. {participants} deelnemers in de verzuimaanpak: {considerations} maatregeloverwegingen, {sanctions} maatregelen. {open} inschrijvingen op werk.nl staan open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../desktop/commands/data.py" line="39" />
            <source>Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet. Verbeter ze, of gebruik --skip-invalid om alleen de goede regels te importeren.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="73" />
            <source>regel {line}, {column}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="75" />
            <source>regel {line}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="93" />
            <source>{n} geïmporteerd, {m} overgeslagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="104" />
            <source>{file} is te groot voor een caseload (meer dan 50 MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="108" />
            <source>Het bestand {file} bestaat niet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="110" />
            <source>{file} is een map, geen bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="112" />
            <source>{file} kan niet worden gelezen: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="115" />
            <source>{file} is leeg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="117" />
            <source>{file} is opgeslagen als UTF-16 ('Unicode-tekst'), niet als UTF-8. Kies in Excel 'Opslaan als' &gt; 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="121" />
            <source>{file} is geen CSV-bestand. Sla de spreadsheet op als 'CSV UTF-8' en probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="127" />
            <source>{file} is niet in UTF-8 opgeslagen (fout bij byte {pos}). Kies in Excel 'Opslaan als' &gt; 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="158" />
            <source>{file} is geen leesbaar CSV-bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="176" />
            <source>deze regel is geen geldige CSV ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="184" />
            <source>deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="198" />
            <source>dit BSN staat ook op regel {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="203" />
            <source>er staat al iemand met dit BSN in de caseload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="208" />
            <source>{file} bevat alleen een kopregel, geen werkzoekenden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="217" />
            <source>{file} lijkt geen CSV-bestand met werkzoekenden: de eerste regel moet de kolomnamen bevatten, gescheiden door komma's of puntkomma's: {expected}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="224" />
            <source>dubbele kolommen: {cols}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="225" />
            <source>(leeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="227" />
            <source>onbekende kolommen: {cols}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="230" />
            <source>ontbrekende kolommen: {cols}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/transfer.py" line="232" />
            <source>De kopregel van {file} klopt niet ({problems}). Verwacht: {expected}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="49" />
            <source>Mijn week</source>
            <translation>My week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="106" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="107" />
            <source>&amp;Nieuwe werkzoekende…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="112" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="117" />
            <source>&amp;Werkzoekende</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="118" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="122" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="126" />
            <source>Nieuw &amp;gesprek…</source>
            <translation>New &amp;conversation…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="130" />
            <source>Afspraak &amp;plannen…</source>
            <translation>&amp;Plan a meeting…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="134" />
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="135" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="139" />
            <source>Mijn &amp;week</source>
            <translation>My &amp;week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="144" />
            <source>&amp;Catalogus (instrumentenhuis)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="147" />
            <source>&amp;Effectiviteit van instrumenten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="151" />
            <source>Inschrijving &amp;werk.nl…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="154" />
            <source>C&amp;ijfers van het team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="157" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="181" />
            <source>{name} is toegevoegd.</source>
            <translation>{name} has been added.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="186" />
            <source>Open eerst een werkzoekende.</source>
            <translation>Open a client first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="230" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="231" />
            <source>De taal wordt gewijzigd bij de volgende start van Wijkdesk.</source>
            <translation>The language will change the next time Wijkdesk starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="252" />
            <source>Niet gesynchroniseerd — {n} wijzigingen wachten</source>
            <translation>Not synchronised — {n} changes waiting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="254" />
            <source>Niet gesynchroniseerd — geen wijzigingen wachten</source>
            <translation>Not synchronised — no changes waiting</translation>
        </message>
    </context>
    <context>
        <name>MatchTab</name>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="73" />
            <source>{n} wk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="76" />
            <location filename="../../desktop/ui/match_tab.py" line="90" />
            <location filename="../../desktop/ui/match_tab.py" line="98" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="77" />
            <location filename="../../desktop/ui/match_tab.py" line="91" />
            <source>Aanbieder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="78" />
            <source>Past</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="79" />
            <source>Waarom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="80" />
            <source>Duur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="82" />
            <source>Plaatsen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="82" />
            <source>vrij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="86" />
            <source>Inzet starten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="92" />
            <source>Kan nu niet, want</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="99" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="100" />
            <source>Van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="101" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="102" />
            <source>Specialist</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="103" />
            <source>Doelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="104" />
            <source>Ontwikkeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="105" />
            <source>Resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="109" />
            <source>Laten beginnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="111" />
            <source>Afronden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="113" />
            <source>Stoppen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="123" />
            <source>Passende instrumenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="130" />
            <source>Nu niet mogelijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="136" />
            <source>Inzet</source>
            <translation>Placement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="164" />
            <source>Instrumenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="208" />
            <source>&lt;b&gt;Werkpunten uit het profiel:&lt;/b&gt; {items}. De instrumenten staan op volgorde van hoeveel ze daarvan afdekken; kies samen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="211" />
            <source>Er zijn nog geen werkpunten: leg in het tabblad Profiel vaardigheden en aandachtsgebieden vast met een doel dat hoger ligt dan het niveau nu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="253" />
            <source>Inzet vastgelegd: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="279" />
            <source>Inzet afgerond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="286" />
            <source>Inzet stoppen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/match_tab.py" line="286" />
            <source>Waarom stopt {name}?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Matching</name>
        <message>
            <location filename="../../desktop/services/matching.py" line="133" />
            <source>niet meer in te zetten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="135" />
            <source>geboortedatum onbekend (leeftijdsgrens {low}–{high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="139" />
            <source>te jong: vanaf {low} jaar (nu {age})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="141" />
            <source>te oud: tot en met {high} jaar (nu {age})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="144" />
            <source>geen plaatsen vrij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="146" />
            <source>loopt al of is voorgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="155" />
            <source>werkt aan: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="157" />
            <source>werkt aan geen van de werkpunten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="159" />
            <source>past bij werkrichting: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="162" />
            <source>houdt rekening met: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/matching.py" line="165" />
            <source>niet: {items}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Migrate</name>
        <message>
            <location filename="../../desktop/models/migrate.py" line="93" />
            <source>Dit bestand bevat tabellen maar is geen Wijkdesk-database. Er is niets gewijzigd.</source>
            <translation>This file contains tables but is not a Wijkdesk database. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/migrate.py" line="101" />
            <source>Deze gegevens zijn gemaakt door een nieuwere versie van Wijkdesk (schema {rev}). Werk Wijkdesk bij; er is niets gewijzigd.</source>
            <translation>This data was made by a newer version of Wijkdesk (schema {rev}). Please update Wijkdesk; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <location filename="../../desktop/ui/new_client_dialog.py" line="22" />
            <source>Nieuwe werkzoekende</source>
            <translation>New client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/new_client_dialog.py" line="32" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/new_client_dialog.py" line="33" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/new_client_dialog.py" line="50" />
            <source>Niet opgeslagen: verbeter wat in rood staat.</source>
            <translation>Not saved: please correct what is shown in red.</translation>
        </message>
    </context>
    <context>
        <name>Placements</name>
        <message>
            <location filename="../../desktop/services/placements.py" line="49" />
            <source>voorgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="49" />
            <source>loopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="50" />
            <source>afgerond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="50" />
            <source>gestopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="55" />
            <source>werk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="55" />
            <source>opleiding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="56" />
            <source>vervolginstrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="57" />
            <source>geen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="158" />
            <source>Alleen de begeleider zet instrumenten in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="227" />
            <source>Dit instrument kan nu niet: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="231" />
            <location filename="../../desktop/services/placements.py" line="279" />
            <source>Schrijf op waarom dit instrument wordt ingezet; de specialist leest dit ook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="240" />
            <source>Een nieuwe inzet is voorgesteld of loopt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="314" />
            <source>Een inzet die nog moet beginnen blijft voorgesteld tot de startdatum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="335" />
            <location filename="../../desktop/services/placements.py" line="386" />
            <source>Kies het resultaat: werk, opleiding, vervolginstrument of geen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="348" />
            <source>Een waardering is een cijfer van 1 tot en met 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="355" />
            <source>Dit is geen doel van deze inzet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="379" />
            <source>Schrijf op waarom de inzet stopt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="390" />
            <source>Gestopt: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="400" />
            <location filename="../../desktop/services/placements.py" line="543" />
            <source>Schrijf op wat er is gebeurd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="453" />
            <source>Kies minstens één doel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="475" />
            <source>Een inzet die {old} is kan niet {new} worden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="482" />
            <location filename="../../desktop/services/placements.py" line="569" />
            <source>Deze inzet is al {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="514" />
            <location filename="../../desktop/services/placements.py" line="565" />
            <source>Deze inzet bestaat niet (meer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="523" />
            <source>Dit overzicht is alleen voor specialisten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="553" />
            <source>Schrijf uw evaluatie op.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/placements.py" line="567" />
            <source>U bent niet betrokken bij deze inzet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../desktop/services/printing.py" line="106" />
            <source>Het lettertype voor het verslag ontbreekt of is beschadigd ({path}).</source>
            <translation>The font for the summary is missing or damaged ({path}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="402" />
            <source>Een specialist kan geen gespreksverslag afdrukken.</source>
            <translation>A specialist cannot print a conversation summary.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="413" />
            <source>{path} is een map; geef een bestandsnaam op.</source>
            <translation>{path} is a directory; please give a file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="416" />
            <source>De map {path} bestaat niet.</source>
            <translation>The directory {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="427" />
            <source>Het verslag kon niet worden opgeslagen in {path}: {error}</source>
            <translation>The summary could not be saved in {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="448" />
            <source>Dit gesprek bestaat niet (meer).</source>
            <translation>This conversation does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="450" />
            <source>Dit gesprek heeft nog niet plaatsgevonden; er is nog geen verslag.</source>
            <translation>This conversation has not taken place yet; there is no summary yet.</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <location filename="../../desktop/services/placements.py" line="362" />
            <location filename="../../desktop/services/profile.py" line="168" />
            <source>Kies een niveau van 1 tot en met 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="33" />
            <source>zelfbeoordeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="33" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="34" />
            <source>game</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="34" />
            <source>begeleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="119" />
            <source>Alleen de begeleider ziet en wijzigt het profiel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="156" />
            <source>Kies een onderdeel uit de lijst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="172" />
            <source>Kies hoe dit is vastgesteld.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/profile.py" line="186" />
            <source>Deze inzet hoort bij iemand anders.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="66" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="66" />
            <source>nee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="68" />
            <location filename="../../desktop/ui/profile_tab.py" line="139" />
            <source>Onderdeel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="69" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="70" />
            <source>Niveau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="71" />
            <source>Doel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="72" />
            <location filename="../../desktop/ui/profile_tab.py" line="149" />
            <source>Bron</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="73" />
            <location filename="../../desktop/ui/profile_tab.py" line="152" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="74" />
            <source>Herkent zich</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="76" />
            <source>Onder het doel: hier wordt aan gewerkt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="92" />
            <source>Kies links een onderdeel om de ontwikkeling te zien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="111" />
            <source>Beoordelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="121" />
            <source>geen doel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="130" />
            <source>De werkzoekende herkent zich hierin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="133" />
            <source>Vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="141" />
            <source>Niveau (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="144" />
            <source>Doel samen afgesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="173" />
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="224" />
            <source>Nog geen profiel. Leg hieronder samen met de werkzoekende vast wat iemands kwaliteiten, vaardigheden en aandachtsgebieden zijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="227" />
            <source>&lt;b&gt;Werkpunten:&lt;/b&gt; geen — alles staat op of boven het afgesproken doel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="231" />
            <source>&lt;b&gt;Werkpunten:&lt;/b&gt; {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="260" />
            <source>&lt;b&gt;Ontwikkeling&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="264" />
            <source>&lt;b&gt;Ontwikkeling: {item}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="268" />
            <source> · na inzet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/profile_tab.py" line="293" />
            <source>Vastgelegd.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="30" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="30" />
            <source>nee</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RejectedDialog</name>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="107" />
            <source>Geweigerde wijzigingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="109" />
            <source>De centrale opslag heeft deze wijzigingen niet overgenomen. De reden staat erbij. Ze blijven hier staan tot u ze weghaalt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="114" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="114" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="114" />
            <source>Velden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="115" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_dialogs.py" line="119" />
            <source>Gelezen, weghalen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Signals</name>
        <message>
            <location filename="../../desktop/services/signals.py" line="51" />
            <source>Vermoeden schending inlichtingenplicht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="52" />
            <source>Besluit dat het inkomen verandert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="53" />
            <source>Anders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="59" />
            <source>Geen actie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="60" />
            <source>Gecorrigeerd met de werkzoekende</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="61" />
            <source>Waarschuwing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="62" />
            <source>Boete-onderzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="67" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="67" />
            <source>Afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="130" />
            <source>{a} en {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="140" />
            <source>Bij een besluit dat het inkomen verandert hoort geen boete-onderzoek: leg het besluit telefonisch uit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="146" />
            <source>Geen boete, tenzij…: de werkzoekende is bereikt en het is niet verwijtbaar. Er komt geen boete-onderzoek.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="148" />
            <source>Nog nodig: uw oordeel of de schending verwijtbaar is (de werkzoekende is bereikt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="156" />
            <source>een belpoging op een andere dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="158" />
            <source>een derde belpoging op een andere dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="159" />
            <source>een derde belpoging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="161" />
            <source>een tweede en derde belpoging, ten minste één op een andere dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="163" />
            <source>drie belpogingen op ten minste twee verschillende dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="165" />
            <source>een verstuurde brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="168" />
            <source>Geen boete, tenzij…: bel eerst. Nog nodig: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="238" />
            <source>Kies wat voor signaal het is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="240" />
            <source>Beschrijf het signaal: wat is er gezien of gemeld?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="247" />
            <source>De datum van het signaal ligt in de toekomst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="275" />
            <source>Een belpoging kan niet in de toekomst liggen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="282" />
            <source>De volgende belpoging ligt na deze.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="287" />
            <source>Deze belpoging ligt voor de datum van het signaal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="307" />
            <source>De herinnering ligt voor de datum van het signaal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="323" />
            <source>Een brief die nog niet is verstuurd kunt u niet vastleggen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="326" />
            <source>De brief is verstuurd voor de datum van het signaal; klopt de datum?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="338" />
            <source>Of iets verwijtbaar is beoordeelt u pas na een gesprek met de werkzoekende. Nog nodig: een belpoging waarbij de werkzoekende is bereikt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="349" />
            <source>Kies een resultaat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="351" />
            <source>Schrijf op waarom dit het resultaat is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="354" />
            <source>Schrijf in een paar woorden op waarom dit het resultaat is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="376" />
            <location filename="../../desktop/services/signals.py" line="391" />
            <source>Dit signaal is al afgesloten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="385" />
            <source>Bij een besluit dat het inkomen verandert hoort geen waarschuwing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/signals.py" line="419" />
            <source>Dit signaal bestaat niet (meer).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalsTab</name>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="71" />
            <source>Nieuw signaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="79" />
            <source>Wat is er gezien of gemeld?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="81" />
            <source>Signaal toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="84" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="85" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="86" />
            <source>Omschrijving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="89" />
            <location filename="../../desktop/ui/signals_tab.py" line="197" />
            <source>Signalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="103" />
            <source>Wanneer is er gebeld? Standaard nu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="105" />
            <source>Korte notitie (optioneel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="106" />
            <source>Gebeld — bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="108" />
            <source>Gebeld — niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="112" />
            <source>Herinnering volgende poging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="116" />
            <source>Herinnering zetten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="119" />
            <source>Brief verstuurd (vandaag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="125" />
            <source>Nog niet beoordeeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="126" />
            <source>Verwijtbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="127" />
            <source>Niet verwijtbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="136" />
            <source>Waarom is dit het resultaat? (verplicht)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="138" />
            <source>Afsluiten met dit resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="145" />
            <source>Bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="149" />
            <source>Tijdstip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="168" />
            <source>Oordeel en resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="170" />
            <source>Verwijtbaar?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="171" />
            <source>Resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="173" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="182" />
            <source>Kies een signaal, of voeg er een toe.
Bij een signaal: eerst bellen. Geen boete, tenzij…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="219" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="252" />
            <source>Afgesloten op {date}: {result}. Reden: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="258" />
            <source>bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="258" />
            <source>niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="266" />
            <source>Nog niet gebeld.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="271" />
            <source>Volgende poging: {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="272" />
            <source>Geen herinnering gezet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="273" />
            <source>Brief verstuurd op {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="274" />
            <source>Nog geen brief verstuurd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="278" />
            <source>Of iets verwijtbaar is beoordeelt u na een gesprek: bel eerst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="292" />
            <source>Kies een resultaat…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="314" />
            <source>Boete-onderzoek is mogelijk: aan de voorwaarden is voldaan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="343" />
            <source>Signaal toegevoegd. Bel de werkzoekende eerst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="357" />
            <source>Belpoging vastgelegd: bereikt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="358" />
            <source>Belpoging vastgelegd: niet bereikt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="368" />
            <source>Herinnering gezet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="378" />
            <source>Brief vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="388" />
            <source>Oordeel vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="395" />
            <source>Kies een resultaat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/signals_tab.py" line="403" />
            <source>Signaal afgesloten.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpecialistWindow</name>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="38" />
            <source>Wijkdesk — inzet als specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="42" />
            <source>Werkzoekende</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="43" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="44" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="45" />
            <source>Van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="46" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="68" />
            <source>Hoe gaat het? Wat is er deze week gebeurd?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="70" />
            <source>Voortgang vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="74" />
            <source>Uw evaluatie: wat ging goed, wat is ontwikkeld, wat is een goed vervolg?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="77" />
            <source>Evaluatie opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="86" />
            <source>&lt;b&gt;Voortgang&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="93" />
            <source>&lt;b&gt;Evaluatie&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="120" />
            <source>{n} inzetten waarbij u betrokken bent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="131" />
            <source>U bent nog niet betrokken bij een inzet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="137" />
            <source>geen contactgegevens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="147" />
            <source>Nog geen voortgang vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="164" />
            <source>Voortgang vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/specialist_window.py" line="177" />
            <source>Evaluatie opgeslagen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartPlacementDialog</name>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="52" />
            <source>Inzet starten: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="55" />
            <source>&lt;b&gt;{name}&lt;/b&gt; — {provider}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="59" />
            <source>Waarom dit instrument, samen gekozen? De specialist leest dit ook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="73" />
            <source>(nog niemand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="78" />
            <source>Begint vandaag (anders: voorgesteld)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="85" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="86" />
            <source>Doelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="87" />
            <source>Specialist</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="88" />
            <source>Startdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/placement_dialog.py" line="91" />
            <source>Inzet starten</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="28" />
            <source>Geef het adres van de centrale opslag met http:// of https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="29" />
            <source>Token: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="31" />
            <source>Er is geen token gegeven.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="36" />
            <source>De centrale opslag op {url} is niet bereikbaar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="38" />
            <source>Aangemeld als {user} bij {url}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="52" />
            <source>Aanmelden is geweigerd: de naam of het token klopt niet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="54" />
            <source>Aanmelden is mislukt ({code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="72" />
            <source>Dit apparaat is nog niet aangemeld. Gebruik eerst: wijkdesk login --server URL --user NAAM --token-stdin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="94" />
            <source>Verstuurd: {pushed} (verwerkt {applied}, conflicten {conflicts}, geweigerd {rejected}); ontvangen: {pulled}, verwijderd: {removed}; {seconds:.2f} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/commands/syncing.py" line="98" />
            <source>{n} wijziging(en) zijn geweigerd; bekijk ze in Wijkdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="20" />
            <source>Werkzoekende</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="20" />
            <source>Gesprek</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="21" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="21" />
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="22" />
            <source>Inzet</source>
            <translation>Placement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="22" />
            <source>Signaal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="23" />
            <source>Belpoging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="23" />
            <source>Verzuim</source>
            <translation>Absence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/sync_review.py" line="24" />
            <source>Logregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="175" />
            <source>De centrale opslag is niet bereikbaar. Uw werk blijft bewaard en gaat mee bij de volgende synchronisatie.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="186" />
            <source>Meld u opnieuw aan bij de centrale opslag. Uw wijzigingen blijven bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="190" />
            <source>Dit apparaat is ingetrokken door de beheerder. De gegevens op dit apparaat zijn gewist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="193" />
            <source>Deze versie van Wijkdesk is te oud om te synchroniseren. Werk Wijkdesk bij; uw wijzigingen blijven bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="197" />
            <source>De centrale opslag weigerde het verzoek ({code}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncBar</name>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="35" />
            <source>Synchroniseren (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="45" />
            <source>nog niet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="46" />
            <source>{n} wijzigingen wachten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="47" />
            <source>alles verstuurd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="49" />
            <source>Niet aangemeld bij de centrale opslag — {pending}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="50" />
            <source>Online · laatst gesynchroniseerd {when} · {pending}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="51" />
            <source>Synchroniseren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="52" />
            <source>Offline · laatst gesynchroniseerd {when} · {pending} · wordt opnieuw geprobeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="53" />
            <source>Opnieuw aanmelden nodig · {pending}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="54" />
            <source>Wijkdesk bijwerken nodig om te synchroniseren · {pending}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="55" />
            <source>Apparaat ingetrokken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="56" />
            <source>Synchroniseren mislukt · {pending} · wordt opnieuw geprobeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="66" />
            <source>⚠ {n} conflicten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="68" />
            <source>✖ {n} geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="77" />
            <source>Versturen… {done}/{total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync_bar.py" line="78" />
            <source>Ontvangen… {done}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Taxonomy</name>
        <message>
            <location filename="../../desktop/services/taxonomy.py" line="42" />
            <source>Kwaliteit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/taxonomy.py" line="43" />
            <source>Vaardigheid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/taxonomy.py" line="44" />
            <source>Aandachtsgebied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/taxonomy.py" line="45" />
            <source>Omstandigheid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/taxonomy.py" line="46" />
            <source>Werkrichting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/taxonomy.py" line="71" />
            <source>De standaardlijst van de taxonomie klopt niet op regel {line}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../desktop/services/timeline.py" line="31" />
            <source>Gesprek</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="32" />
            <source>Geplande afspraak</source>
            <translation>Planned meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="33" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="34" />
            <source>Inzet</source>
            <translation>Placement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="35" />
            <source>Signaal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="36" />
            <source>Verzuim</source>
            <translation>Absence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="37" />
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="108" />
            <source>{who}, uiterlijk {due} — {status}</source>
            <translation>{who}, by {due} — {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="137" />
            <source>niveau {n}</source>
            <translation>level {n}</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="43" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="43" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="43" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="43" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="48" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="105" />
            <source>Te laat: {what}</source>
            <translation>Overdue: {what}</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="133" />
            <source>Toon:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="151" />
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/timeline_tab.py" line="170" />
            <source>{n} regels</source>
            <translation>{n} lines</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../../desktop/models/db.py" line="30" />
            <source>{path} is een onversleuteld databasebestand, geen Wijkdesk-gegevens. Er is niets gewijzigd.</source>
            <translation>{path} is an unencrypted database file, not Wijkdesk data. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/db.py" line="34" />
            <source>{path} is beschadigd of geen Wijkdesk-bestand. Er is niets gewijzigd.</source>
            <translation>{path} is damaged or not a Wijkdesk file. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/db.py" line="72" />
            <source>De gegevens kunnen niet worden geopend: de sleutel past niet of het bestand is beschadigd. Er is niets gewijzigd.</source>
            <translation>The data cannot be opened: the key does not fit or the file is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="79" />
            <location filename="../../desktop/models/keystore.py" line="105" />
            <source>Het sleutelbestand is beschadigd. Er is niets gewijzigd.</source>
            <translation>The key file is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="83" />
            <source>Het wachtwoord is onjuist. Er is niets gewijzigd.</source>
            <translation>The passphrase is wrong. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="100" />
            <source>Een wachtwoord is nodig om de gegevens te openen (WIJKDESK_PASSPHRASE).</source>
            <translation>A passphrase is needed to open the data (WIJKDESK_PASSPHRASE).</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="114" />
            <source>De sleutel in de sleutelbos is beschadigd. Er is niets gewijzigd.</source>
            <translation>The key in the keyring is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="117" />
            <source>De sleutel van deze gegevens ontbreekt in de sleutelbos van dit systeem. Er is niets gewijzigd; neem contact op met de servicedesk.</source>
            <translation>The key of this data is missing from this system's keyring. Nothing was changed; please contact the service desk.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="125" />
            <source>De sleutel van deze gegevens ontbreekt. Er is niets gewijzigd; neem contact op met de servicedesk.</source>
            <translation>The key of this data is missing. Nothing was changed; please contact the service desk.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="130" />
            <source>Dit systeem heeft geen beveiligde sleutelbos. Kies een wachtwoord (of zet WIJKDESK_PASSPHRASE) om de gegevens te versleutelen.</source>
            <translation>This system has no secure keyring. Choose a passphrase (or set WIJKDESK_PASSPHRASE) to encrypt the data.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/keystore.py" line="134" />
            <source>Kies een wachtwoord van minstens 8 tekens.</source>
            <translation>Choose a passphrase of at least 8 characters.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../desktop/services/absences.py" line="158" />
            <location filename="../../desktop/services/caseload.py" line="163" />
            <location filename="../../desktop/services/conversations.py" line="127" />
            <location filename="../../desktop/services/conversations.py" line="168" />
            <location filename="../../desktop/services/placements.py" line="214" />
            <location filename="../../desktop/services/placements.py" line="272" />
            <location filename="../../desktop/services/placements.py" line="328" />
            <location filename="../../desktop/services/profile.py" line="150" />
            <location filename="../../desktop/services/signals.py" line="235" />
            <source>Onbekend veld.</source>
            <translation>Unknown field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="197" />
            <location filename="../../desktop/services/placements.py" line="255" />
            <location filename="../../desktop/services/placements.py" line="293" />
            <location filename="../../desktop/services/placements.py" line="446" />
            <source>De einddatum ligt voor de begindatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="206" />
            <location filename="../../desktop/services/validation.py" line="88" />
            <source>Dit is te lang (hoogstens {n} tekens).</source>
            <translation>This is too long (at most {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="215" />
            <source>Een huisnummer is een getal; een toevoeging heeft een eigen veld.</source>
            <translation>A house number is a number; a suffix has its own field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="222" />
            <source>Kies Nederlands (nl) of Engels (en).</source>
            <translation>Choose Dutch (nl) or English (en).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="232" />
            <source>Onbekende uitkeringsstatus: {v}.</source>
            <translation>Unknown benefit status: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="374" />
            <source>Er staat al iemand met dit BSN in het bestand.</source>
            <translation>Someone with this BSN is already on file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="48" />
            <source>Datum en tijd zijn verplicht.</source>
            <translation>Date and time are required.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="55" />
            <source>Schrijf datum en tijd als 31-03-2024 14:30.</source>
            <translation>Write date and time as 31-03-2024 14:30.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/absences.py" line="129" />
            <location filename="../../desktop/services/conversations.py" line="116" />
            <location filename="../../desktop/services/placements.py" line="144" />
            <location filename="../../desktop/services/placements.py" line="234" />
            <location filename="../../desktop/services/signals.py" line="176" />
            <source>Dit is te lang: {n} tekens, hoogstens {max}.</source>
            <translation>This is too long: {n} characters, at most {max}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="132" />
            <source>Kies een soort gesprek.</source>
            <translation>Choose a kind of conversation.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="133" />
            <source>Kies hoe het gesprek ging.</source>
            <translation>Choose how the conversation took place.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="153" />
            <source>Een gesprek dat nog moet komen is een geplande afspraak, geen verslag.</source>
            <translation>A conversation still to come is a planned meeting, not a summary.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="156" />
            <source>De volgende afspraak ligt na dit gesprek.</source>
            <translation>The next meeting must be after this conversation.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="175" />
            <source>Schrijf op wat er is afgesproken.</source>
            <translation>Write down what was agreed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="180" />
            <source>Kies wie het doet.</source>
            <translation>Choose who does it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="183" />
            <source>Onbekende status.</source>
            <translation>Unknown status.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="205" />
            <location filename="../../desktop/services/placements.py" line="468" />
            <source>Kies de specialist die dit doet.</source>
            <translation>Choose the specialist who does this.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="207" />
            <source>De datum ligt voor het gesprek waarin dit is afgesproken.</source>
            <translation>The date is before the conversation in which this was agreed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="209" />
            <source>Vul in wanneer dit is afgerond, gemist of vervallen.</source>
            <translation>Fill in when this was done, missed or cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="213" />
            <location filename="../../desktop/services/placements.py" line="444" />
            <location filename="../../desktop/services/profile.py" line="177" />
            <source>Deze datum ligt in de toekomst.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="370" />
            <source>Dit gesprek hoort bij iemand anders.</source>
            <translation>This conversation belongs to someone else.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="414" />
            <source>Een afgeronde afspraak kan alleen weer open worden gezet.</source>
            <translation>A finished agreement can only be reopened.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="31" />
            <source>Het BSN is verplicht.</source>
            <translation>The BSN is required.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="33" />
            <source>Een BSN bestaat alleen uit cijfers.</source>
            <translation>A BSN consists of digits only.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="37" />
            <source>Een BSN heeft 9 cijfers (of 8, dan komt er een 0 voor).</source>
            <translation>A BSN has 9 digits (or 8, then a 0 is put in front).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="39" />
            <source>Dit BSN klopt niet (elfproef).</source>
            <translation>This BSN is not valid (eleven test).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="48" />
            <source>Een postcode ziet eruit als 1234 AB.</source>
            <translation>A postcode looks like 1234 AB.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="61" />
            <source>Deze datum is verplicht.</source>
            <translation>This date is required.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="68" />
            <source>Schrijf een datum als 2024-03-31 of 31-03-2024.</source>
            <translation>Write a date as 2024-03-31 or 31-03-2024.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="75" />
            <source>Een geboortedatum kan niet in de toekomst liggen.</source>
            <translation>A date of birth cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="77" />
            <source>Deze geboortedatum is te lang geleden.</source>
            <translation>This date of birth is too long ago.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="85" />
            <source>Dit veld is verplicht.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="90" />
            <source>Een naam bevat geen cijfers of stuurtekens.</source>
            <translation>A name contains no digits or control characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="105" />
            <source>Dit is geen geldig e-mailadres.</source>
            <translation>This is not a valid email address.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/validation.py" line="114" />
            <source>Dit is geen geldig telefoonnummer.</source>
            <translation>This is not a valid phone number.</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <location filename="../../desktop/services/timeline.py" line="190" />
            <source>Vervolggesprek</source>
            <translation>Follow-up conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="200" />
            <source>Nazorg loopt af</source>
            <translation>Aftercare ends</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="42" />
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="42" />
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="43" />
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="43" />
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="44" />
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="44" />
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="45" />
            <source>zo</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="67" />
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="67" />
            <source>Deze week</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="68" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="68" />
            <source>Binnenkort klaar</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="69" />
            <source>Nazorg loopt af</source>
            <translation>Aftercare ends</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="70" />
            <source>Afspraken met werkzoekenden vandaag</source>
            <translation>Meetings with clients today</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="71" />
            <source>Afspraken later deze week</source>
            <translation>Meetings later this week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="72" />
            <source>Open afspraken voorbij de afgesproken datum</source>
            <translation>Open agreements past their due date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="73" />
            <source>Open afspraken die deze week klaar moeten zijn</source>
            <translation>Open agreements due this week</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="74" />
            <source>Nazorg die binnen 30 dagen afloopt</source>
            <translation>Aftercare ending within 30 days</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="77" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="77" />
            <source>Werkzoekende</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="77" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="79" />
            <location filename="../../desktop/ui/week_view.py" line="80" />
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="79" />
            <location filename="../../desktop/ui/week_view.py" line="80" />
            <source>Afspraak (wie)</source>
            <translation>Agreement (who)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="81" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="124" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="149" />
            <source>Laden mislukt</source>
            <translation>Loading failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="171" />
            <source>Te laat: uiterlijk {date}</source>
            <translation>Overdue: due by {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="174" />
            <source>niets</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/week_view.py" line="182" />
            <source>{m} afspraken deze week, {o} te laat</source>
            <translation>{m} meetings this week, {o} overdue</translation>
        </message>
    </context>
    <context>
        <name>Werknl</name>
        <message>
            <location filename="../../desktop/services/werknl.py" line="63" />
            <source>Ingeschreven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="64" />
            <source>Inschrijving verloopt binnenkort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="65" />
            <source>Inschrijving verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="66" />
            <source>Niet ingeschreven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="67" />
            <source>Ontheffing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="89" />
            <source>Schrijf de maand als 2026-11 (jaar-maand).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="147" />
            <source>De inschrijfdatum ligt in de toekomst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="153" />
            <source>De inschrijving verloopt na de inschrijfdatum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="199" />
            <source>Deze maand is nog niet begonnen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="215" />
            <source>Brieven en terugbellers bijhouden kan nog niet: de database mist die velden nog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/services/werknl.py" line="222" />
            <source>Deze datum ligt in de toekomst.</source>
            <translation>This date is in the future.</translation>
        </message>
    </context>
    <context>
        <name>WerknlView</name>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="46" />
            <source>Inschrijving werk.nl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="52" />
            <source>Ook ingeschreven werkzoekenden en ontheffingen tonen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="55" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="55" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="55" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="56" />
            <location filename="../../desktop/ui/werknl_view.py" line="94" />
            <source>Ingeschreven op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="56" />
            <source>Verloopt op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="57" />
            <source>Brief verstuurd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="57" />
            <source>Teruggebeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="67" />
            <source>verloopt op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="71" />
            <source>Inschrijving vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="73" />
            <source>Ontheffing aan/uit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="75" />
            <source>Brief verstuurd (vandaag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="77" />
            <source>Teruggebeld (vandaag)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="82" />
            <source>Kan nog niet: de database mist deze velden nog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="87" />
            <source>UWV-lijst exporteren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="105" />
            <source>Maand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="109" />
            <source>Werkzoekenden met een lopende uitkering die niet (meer) als werkzoekende op werk.nl staan ingeschreven en geen ontheffing hebben.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="146" />
            <source>Kies eerst een werkzoekende in de lijst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="160" />
            <source>Inschrijving vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="165" />
            <source>Ontheffing bijgewerkt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="168" />
            <source>Brief vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="171" />
            <source>Terugbelactie vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="175" />
            <source>UWV-lijst opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="176" />
            <source>CSV-bestanden (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/werknl_view.py" line="187" />
            <source>{n} werkzoekenden op de UWV-lijst gezet: {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
