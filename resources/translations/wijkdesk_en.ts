<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop/ui/app.py" line="57" />
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
            <location filename="../../desktop/ui/app.py" line="75" />
            <source>Wachtwoord om de gegevens te openen:</source>
            <translation>Passphrase to open the data:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="79" />
            <source>Dit systeem heeft geen beveiligde sleutelbos.
Kies een wachtwoord (minstens 8 tekens) om de gegevens te versleutelen:</source>
            <translation>This system has no secure keyring.
Choose a passphrase (at least 8 characters) to encrypt the data:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="84" />
            <source>Typ het wachtwoord nog een keer:</source>
            <translation>Type the passphrase once more:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="90" />
            <source>De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.</source>
            <translation>The two passphrases differ. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>Caseload</name>
        <message>
            <location filename="../../desktop/services/caseload.py" line="357" />
            <location filename="../../desktop/services/conversations.py" line="333" />
            <source>Deze werkzoekende bestaat niet (meer).</source>
            <translation>This client does not exist (any more).</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="57" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="57" />
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="57" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="57" />
            <source>Volgende afspraak</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="58" />
            <source>Open afspraken</source>
            <translation>Open agreements</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="58" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="59" />
            <source>Uitkering</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="59" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="59" />
            <source>Beëindigd</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_model.py" line="60" />
            <source>{n} open afspraak/afspraken voorbij de afgesproken datum</source>
            <translation>{n} open agreement(s) past the agreed date</translation>
        </message>
    </context>
    <context>
        <name>CaseloadView</name>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="47" />
            <source>Zoek op naam, BSN of postcode</source>
            <translation>Search by name, BSN or postcode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="49" />
            <source>Zoeken in de caseload</source>
            <translation>Search the caseload</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="53" />
            <source>Alle lopende</source>
            <translation>All current</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="53" />
            <source>Uitkering</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="54" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="54" />
            <source>Beëindigd</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="55" />
            <source>Alles</source>
            <translation>Everything</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="57" />
            <source>Lopend: met uitkering of in nazorg</source>
            <translation>Current: on benefit or in aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="58" />
            <source>Alleen te late afspraken</source>
            <translation>Only overdue agreements</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="127" />
            <source>Laden mislukt</source>
            <translation>Loading failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/caseload_view.py" line="172" />
            <source>{shown} van {total}</source>
            <translation>{shown} of {total}</translation>
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
            <location filename="../../desktop/cli.py" line="51" />
            <source>schrijf gegevens weg</source>
            <translation>export data</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="53" />
            <source>de caseload als CSV</source>
            <translation>the caseload as CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="55" />
            <source>alles over een persoon (AVG art. 15) als JSON</source>
            <translation>everything about one person (GDPR art. 15) as JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="59" />
            <source>maak een PDF voor de werkzoekende</source>
            <translation>make a PDF for the client</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="61" />
            <source>verslag van een gesprek</source>
            <translation>summary of a conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="65" />
            <source>meld dit apparaat aan bij de centrale opslag</source>
            <translation>sign this device in to the central store</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="70" />
            <source>synchroniseer met de centrale opslag</source>
            <translation>synchronise with the central store</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="117" />
            <source>--demo hoort bij het starten van de app, niet bij '{cmd}'.</source>
            <translation>--demo belongs to starting the app, not to '{cmd}'.</translation>
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="48" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="49" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="50" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="51" />
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="51" />
            <source>bijv. van der</source>
            <translation>e.g. van der</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="52" />
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="53" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="53" />
            <location filename="../../desktop/ui/client_form.py" line="70" />
            <location filename="../../desktop/ui/client_form.py" line="71" />
            <location filename="../../desktop/ui/client_form.py" line="72" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="54" />
            <source>Voorkeurstaal</source>
            <translation>Preferred language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="55" />
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="55" />
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="57" />
            <source>Contact en adres</source>
            <translation>Contact and address</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="58" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="59" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="60" />
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="61" />
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="62" />
            <source>Toevoeging</source>
            <translation>Suffix</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="62" />
            <source>bijv. A of bis</source>
            <translation>e.g. A or bis</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="63" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="64" />
            <source>Plaats</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="66" />
            <source>Uitkering</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="67" />
            <source>Uitkeringsstatus</source>
            <translation>Benefit status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="68" />
            <source>Aanvraag</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="68" />
            <source>Lopend</source>
            <translation>Running</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="69" />
            <source>Beëindigd</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="70" />
            <source>Begin uitkering</source>
            <translation>Benefit start</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="71" />
            <source>Einde uitkering</source>
            <translation>Benefit end</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_form.py" line="72" />
            <source>Nazorg tot</source>
            <translation>Aftercare until</translation>
        </message>
    </context>
    <context>
        <name>ClientPane</name>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="40" />
            <source>Aanvraag</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="40" />
            <source>Uitkering lopend</source>
            <translation>Benefit running</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="41" />
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="41" />
            <source>Uitkering beëindigd</source>
            <translation>Benefit ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="44" />
            <source>Kies links een werkzoekende om het dossier te openen.
Nieuwe werkzoekende: Ctrl+N. Zoeken: Ctrl+F.</source>
            <translation>Choose a client on the left to open their file.
New client: Ctrl+N. Search: Ctrl+F.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="70" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="74" />
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="87" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="132" />
            <source>BSN {bsn}</source>
            <translation>BSN {bsn}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="134" />
            <source>geboren {date}</source>
            <translation>born {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="137" />
            <source>nazorg tot {date}</source>
            <translation>aftercare until {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="164" />
            <source>Niet opgeslagen: verbeter wat in rood staat.</source>
            <translation>Not saved: please correct what is shown in red.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="172" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="184" />
            <source>Werkzoekende verwijderen</source>
            <translation>Delete client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="185" />
            <source>{name} (BSN {bsn}) uit de caseload verwijderen?

Het dossier verdwijnt uit de lijst; de verwijdering wordt met de centrale opslag gesynchroniseerd en in het logboek vastgelegd.</source>
            <translation>Delete {name} (BSN {bsn}) from the caseload?

The file disappears from the list; the deletion is synchronised with the central store and recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="208" />
            <source>Wijzigingen opslaan?</source>
            <translation>Save changes?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/client_pane.py" line="209" />
            <source>De gegevens van {name} zijn gewijzigd maar niet opgeslagen.</source>
            <translation>The details of {name} were changed but not saved.</translation>
        </message>
    </context>
    <context>
        <name>Conversations</name>
        <message>
            <location filename="../../desktop/services/conversations.py" line="268" />
            <source>Dit gesprek is al vastgelegd.</source>
            <translation>This conversation has already been recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="340" />
            <source>Dit gesprek bestaat niet (meer).</source>
            <translation>This conversation does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="414" />
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
        <name>Demo</name>
        <message>
            <location filename="../../desktop/services/demo_data.py" line="302" />
            <source>Deze map bevat al echte werkzoekenden. Maak demogegevens in een lege map (--data-dir), zodat ze nooit met echte gegevens worden gemengd.</source>
            <translation>This directory already holds real clients. Create demo data in an empty directory (--data-dir), so that it is never mixed with real data.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo_data.py" line="307" />
            <source>Zoveel demowerkzoekenden kunnen er niet worden gemaakt.</source>
            <translation>That many demo clients cannot be created.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="61" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="62" />
            <source>&amp;Nieuwe werkzoekende…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="67" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="72" />
            <source>&amp;Werkzoekende</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="73" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="77" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="81" />
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="82" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="86" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="109" />
            <source>{name} is toegevoegd.</source>
            <translation>{name} has been added.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="113" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="114" />
            <source>De taal wordt gewijzigd bij de volgende start van Wijkdesk.</source>
            <translation>The language will change the next time Wijkdesk starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="133" />
            <source>Niet gesynchroniseerd — {n} wijzigingen wachten</source>
            <translation>Not synchronised — {n} changes waiting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="135" />
            <source>Niet gesynchroniseerd — geen wijzigingen wachten</source>
            <translation>Not synchronised — no changes waiting</translation>
        </message>
    </context>
    <context>
        <name>Migrate</name>
        <message>
            <location filename="../../desktop/models/migrate.py" line="69" />
            <source>Dit bestand bevat tabellen maar is geen Wijkdesk-database. Er is niets gewijzigd.</source>
            <translation>This file contains tables but is not a Wijkdesk database. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/migrate.py" line="77" />
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
        <name>Printing</name>
        <message>
            <location filename="../../desktop/services/printing.py" line="100" />
            <source>Het lettertype voor het verslag ontbreekt of is beschadigd ({path}).</source>
            <translation>The font for the summary is missing or damaged ({path}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="396" />
            <source>Een specialist kan geen gespreksverslag afdrukken.</source>
            <translation>A specialist cannot print a conversation summary.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="407" />
            <source>{path} is een map; geef een bestandsnaam op.</source>
            <translation>{path} is a directory; please give a file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="410" />
            <source>De map {path} bestaat niet.</source>
            <translation>The directory {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="421" />
            <source>Het verslag kon niet worden opgeslagen in {path}: {error}</source>
            <translation>The summary could not be saved in {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="442" />
            <source>Dit gesprek bestaat niet (meer).</source>
            <translation>This conversation does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printing.py" line="444" />
            <source>Dit gesprek heeft nog niet plaatsgevonden; er is nog geen verslag.</source>
            <translation>This conversation has not taken place yet; there is no summary yet.</translation>
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
            <location filename="../../desktop/services/timeline.py" line="109" />
            <source>{who}, uiterlijk {due} — {status}</source>
            <translation>{who}, by {due} — {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="129" />
            <source>niveau {n}</source>
            <translation>level {n}</translation>
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
            <location filename="../../desktop/models/db.py" line="70" />
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
            <location filename="../../desktop/services/caseload.py" line="155" />
            <location filename="../../desktop/services/conversations.py" line="121" />
            <location filename="../../desktop/services/conversations.py" line="162" />
            <source>Onbekend veld.</source>
            <translation>Unknown field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="189" />
            <source>De einddatum ligt voor de begindatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="198" />
            <location filename="../../desktop/services/validation.py" line="88" />
            <source>Dit is te lang (hoogstens {n} tekens).</source>
            <translation>This is too long (at most {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="207" />
            <source>Een huisnummer is een getal; een toevoeging heeft een eigen veld.</source>
            <translation>A house number is a number; a suffix has its own field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="214" />
            <source>Kies Nederlands (nl) of Engels (en).</source>
            <translation>Choose Dutch (nl) or English (en).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="224" />
            <source>Onbekende uitkeringsstatus: {v}.</source>
            <translation>Unknown benefit status: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/caseload.py" line="366" />
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
            <location filename="../../desktop/services/conversations.py" line="110" />
            <source>Dit is te lang: {n} tekens, hoogstens {max}.</source>
            <translation>This is too long: {n} characters, at most {max}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="126" />
            <source>Kies een soort gesprek.</source>
            <translation>Choose a kind of conversation.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="127" />
            <source>Kies hoe het gesprek ging.</source>
            <translation>Choose how the conversation took place.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="147" />
            <source>Een gesprek dat nog moet komen is een geplande afspraak, geen verslag.</source>
            <translation>A conversation still to come is a planned meeting, not a summary.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="150" />
            <source>De volgende afspraak ligt na dit gesprek.</source>
            <translation>The next meeting must be after this conversation.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="169" />
            <source>Schrijf op wat er is afgesproken.</source>
            <translation>Write down what was agreed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="174" />
            <source>Kies wie het doet.</source>
            <translation>Choose who does it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="177" />
            <source>Onbekende status.</source>
            <translation>Unknown status.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="199" />
            <source>Kies de specialist die dit doet.</source>
            <translation>Choose the specialist who does this.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="201" />
            <source>De datum ligt voor het gesprek waarin dit is afgesproken.</source>
            <translation>The date is before the conversation in which this was agreed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="203" />
            <source>Vul in wanneer dit is afgerond, gemist of vervallen.</source>
            <translation>Fill in when this was done, missed or cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="207" />
            <source>Deze datum ligt in de toekomst.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="363" />
            <source>Dit gesprek hoort bij iemand anders.</source>
            <translation>This conversation belongs to someone else.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/conversations.py" line="407" />
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
            <location filename="../../desktop/services/timeline.py" line="182" />
            <source>Vervolggesprek</source>
            <translation>Follow-up conversation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/timeline.py" line="192" />
            <source>Nazorg loopt af</source>
            <translation>Aftercare ends</translation>
        </message>
    </context>
</TS>
