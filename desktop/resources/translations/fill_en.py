"""Fill the English translations into wijkdesk_en.ts from the dictionary below.

Usage (after `make lupdate`, before `make lrelease`):

    .venv/bin/python desktop/resources/translations/fill_en.py    # fills, lists what is still missing
    .venv/bin/python desktop/resources/translations/fill_en.py --check  # exit 1 when anything is unfinished

Dutch is the source language. Add new strings to EN (source -> English; for a `%n` text the
(singular, plural) English pair); when one Dutch text
needs a different English text in one context, put it in EN_BY_CONTEXT[(context, source)].
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("wijkdesk_en.ts")

EN: dict[str, str | tuple[str, str]] = {  # a tuple: the English singular and plural of a %n text
    "Bijeenkomsten": "Sessions",
    "Niet gekomen, niet afgemeld": "No-shows (not called off)",
    "Voordeurbezoeken": "Door visits",
    # -- issue 17 point 6: the client's own recognition of the profile
    'Herkent zich nu': 'Recognises it now',
    'De werkzoekende zegt vandaag zich te herkennen in de laatste beoordeling van het gekozen onderdeel.': 'The jobseeker says today that they recognise the latest assessment of the chosen item.',
    'Kies eerst een onderdeel in de lijst.': 'First choose an item in the list.',
    'Herkenning door de werkzoekende vastgelegd.': "The jobseeker's recognition recorded.",
    # -- issue 17 point 1: the absence approach's groups, meetings, attendance and door visits
    '&Verzuimaanpak: voorstellen en groepen…': '&Absence approach: proposals and groups…',
    'Aanwezigheid houdt u bij voor toegelaten deelnemers.': 'Attendance is recorded for admitted participants.',
    'Aanwezigheid is: aanwezig, afgemeld of niet verschenen, bij een bijeenkomst.': 'Attendance is: present, called off or no-show, at a meeting.',
    'Aanwezigheid van de gekozen deelnemer en bijeenkomst:': 'Attendance of the chosen participant and meeting:',
    'Aanwezigheid vastgelegd.': 'Attendance recorded.',
    'Alleen een toegelaten werkzoekende komt in een groep van de verzuimaanpak.': 'Only an admitted jobseeker joins a group of the absence approach.',
    'Bezocht op': 'Visited on',
    'Bezoek bij de gekozen werkzoekende': 'Visit to the chosen jobseeker',
    'Bij dit verzuim is al een vervolgstap vastgelegd; het blijft staan.': 'A follow-up step has already been recorded for this absence; it stays.',
    'Bijeenkomst plannen': 'Plan a meeting',
    'Bijeenkomst plannen…': 'Plan a meeting…',
    'Bijvoorbeeld: Verzuimaanpak Feijenoord voorjaar': 'For example: Absence approach Feijenoord spring',
    'Bijvoorbeeld: Wijkkantoor Feijenoord': 'For example: Wijkkantoor Feijenoord',
    'Cv-training': 'CV training',
    'Dag en tijd': 'Day and time',
    'De coördinator kijkt of ernstige belemmeringen het verzuim al verklaren en laat toe of sluit uit, met de reden.': 'The coordinator checks whether serious impediments already explain the absence and admits or excludes, with the reason.',
    'Deelnemer': 'Participant',
    'Deze beoordeling bestaat niet (meer).': 'This assessment does not exist (any more).',
    'Deze bijeenkomst bestaat niet (meer).': 'This meeting does not exist (any more).',
    'Deze bijeenkomst moet nog komen: niet verschenen kan nog niet.': 'This meeting is still to come: a no-show is not possible yet.',
    'Deze groep bestaat niet (meer).': 'This group does not exist (any more).',
    'Deze groep is vol ({n} deelnemers).': 'This group is full ({n} participants).',
    'Een bijeenkomst heeft een groep, een onderwerp (cv-training, sollicitatietraining, motivatie) en een tijdstip.': 'A meeting has a group, a topic (CV training, application training, motivation) and a time.',
    'Een groep van de verzuimaanpak heeft een naam, een team en een startdatum.': 'A group of the absence approach has a name, a team and a start date.',
    'Geef de groep een naam.': 'Give the group a name.',
    'Groep': 'Group',
    'Groepen en bijeenkomsten': 'Groups and meetings',
    'Groepen, bijeenkomsten en aanwezigheid houdt de coördinator (teamleider) bij.': 'Groups, meetings and attendance are kept by the coordinator (team lead).',
    'In de groep geplaatst.': 'Placed in the group.',
    'In deze groep plaatsen': 'Place in this group',
    'Kies een groep en een toegelaten werkzoekende.': 'Choose a group and an admitted jobseeker.',
    'Kies eerst de cel van een deelnemer bij een bijeenkomst.': 'First choose the cell of a participant at a meeting.',
    'Kies eerst een voorstel.': 'Choose a proposal first.',
    'Kies: aanwezig, afgemeld of niet verschenen.': 'Choose: present, called off or no-show.',
    'Kijk of ernstige fysieke of psychische belemmeringen het verzuim al verklaren.': 'Check whether serious physical or mental impediments already explain the absence.',
    'Maak eerst een groep.': 'Make a group first.',
    'Motivatie en werknemersvaardigheden': 'Motivation and employee skills',
    'Niet toegelaten tot de verzuimaanpak (voorgesteld {day}): {why}': 'Not admitted to the absence approach (proposed {day}): {why}',
    'Niet verschenen en niet afgemeld: een voordeurbezoek. De begeleider krijgt uw bevindingen terug en voert het gesprek.': 'Did not come and did not call off: a door visit. The coach gets your findings and holds the conversation.',
    'Niet verschenen zonder afmelding opent een verzuim voor het voordeurbezoek; bij aanwezig of afgemeld hoort geen verzuim.': 'A no-show without calling off opens an absence for the door visit; present or called off has no absence.',
    'Niet verschenen: het verzuim staat klaar voor het voordeurbezoek door team verzuim, en de begeleider ziet het.': "No-show: the absence is ready for the absence team's door visit, and the coach sees it.",
    'Niet voorgesteld voor de verzuimaanpak.': 'Not proposed for the absence approach.',
    'Nieuwe groep': 'New group',
    'Nieuwe groep…': 'New group…',
    'Nog geen groep. Maak een groep en plaats de toegelaten werkzoekenden erin (ongeveer 20 tot 25 per groep).': 'No group yet. Make a group and place the admitted jobseekers in it (about 20 to 25 per group).',
    'Of de werkzoekende zich in het profiel herkent, zegt de werkzoekende zelf: leg dat vast met de dag waarop het werd gezegd, op of na de beoordeling (niet overgenomen).': 'Whether the jobseeker recognises the profile is for the jobseeker to say: record it with the day it was said, on or after the assessment (not carried over).',
    'Op': 'On',
    'Reden voor {name}:': 'Reason for {name}:',
    'Sollicitatietraining': 'Application training',
    'Start': 'Start',
    'Toegelaten tot de verzuimaanpak (voorgesteld {day}): {why}': 'Admitted to the absence approach (proposed {day}): {why}',
    'Toegelaten, nog zonder groep': 'Admitted, no group yet',
    'Toelaten': 'Admit',
    'Toelaten…': 'Admit…',
    'Toelichting van de begeleider': "The coach's note",
    'Toelichting': 'Note',
    'Uitsluiten': 'Exclude',
    'Uitsluiten…': 'Exclude…',
    'V&oordeurbezoeken…': 'D&oor visits…',
    'Verzuimaanpak: voorstellen en groepen': 'Absence approach: proposals and groups',
    'Verzuimaanpak: {topic}': 'Absence approach: {topic}',
    'Verzuimaanpak…': 'Absence approach…',
    'Voordeurbezoek bij {name} vastgelegd; de begeleider ziet het.': 'Door visit to {name} recorded; the coach sees it.',
    'Voordeurbezoeken (team verzuim)': 'Door visits (absence team)',
    'Voordeurbezoeken legt team verzuim vast.': 'Door visits are recorded by the absence team.',
    'Voorgesteld voor de verzuimaanpak op {day}; de coördinator beslist.': 'Proposed for the absence approach on {day}; the coordinator decides.',
    'Voorgesteld': 'Proposed',
    'Voorstellen van de begeleiders': "The coaches' proposals",
    'Voorstellen voor de verzuimaanpak': 'Propose for the absence approach',
    'Voorstellen voor de verzuimaanpak, met de reden en een toelichting': 'Propose for the absence approach, with the reason and a note',
    'Vul de dag en het tijdstip in.': 'Fill in the day and the time.',
    'Wat u aantrof: thuis of niet, wat de werkzoekende vertelde.': 'What you found: at home or not, what the jobseeker said.',
    'Wat u zag, in woorden: welke afspraken of verplichtingen, wanneer. Geen score.': 'What you saw, in words: which appointments or obligations, when. No score.',
    'aanwezig': 'present',
    'niemand': 'nobody',
    'niet verschenen': 'no-show',
    '{participants} deelnemers, {sessions} bijeenkomsten, {no_shows} keer niet verschenen, {visits} voordeurbezoeken, {considerations} maatregeloverwegingen, {hearings} keer horen, {sanctions} maatregelen, {outflow} uitgestroomd.': '{participants} participants, {sessions} meetings, {no_shows} no-shows, {visits} door visits, {considerations} sanctions considered, {hearings} hearings, {sanctions} sanctions, {outflow} left the benefit.',
    # -- app start-up and crashes
    "Er ging iets mis in Wijkdesk. Wat u had opgeslagen is bewaard; wat nog niet was opgeslagen, kan "
    "verloren zijn.\n\nDe technische gegevens staan in het logbestand:\n{path}\n\nMeld dit bij de servicedesk.":
        "Something went wrong in Wijkdesk. What you had saved is safe; what was not saved yet may be "
        "lost.\n\nThe technical details are in the log file:\n{path}\n\nPlease report this to the service desk.",
    "Wachtwoord om de gegevens te openen:": "Passphrase to open the data:",
    "Dit systeem heeft geen beveiligde sleutelbos.\nKies een wachtwoord (minstens 12 tekens) om de gegevens "
    "te versleutelen:": "This system has no secure keyring.\nChoose a passphrase (at least 12 characters) "
                         "to encrypt the data:",
    "Typ het wachtwoord nog een keer:": "Type the passphrase once more:",
    "De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.": "The two passphrases differ. Please try again.",
    # -- caseload list
    "Naam": "Name",
    "Leeftijd": "Age",
    "Status": "Status",
    "Volgende afspraak": "Next meeting",
    "Volgend\ngesprek": "Next\nmeeting",
    "Open afspraken": "Open agreements",
    "Open\nafspraken": "Open\nagreements",
    "Laatste\ncontact": "Last\ncontact",
    "Te laat": "Overdue",
    "Uitkering": "Benefit",
    "Nazorg": "Aftercare",
    "Beëindigd": "Ended",
    "{n} open afspraak/afspraken voorbij de afgesproken datum": "{n} open agreement(s) past the agreed date",
    "Zoek op naam, BSN of postcode": "Search by name, BSN or postcode",
    "Zoeken in de caseload": "Search the caseload",
    "Alle lopende": "All current",
    "Alles": "Everything",
    "Lopend: met uitkering of in nazorg": "Current: on benefit or in aftercare",
    "Alleen te late afspraken": "Only overdue agreements",
    "Laden mislukt": "Loading failed",
    "{shown} van {total}": "{shown} of {total}",
    # -- client form and pane
    "Persoon": "Person",
    "BSN": "BSN",
    "Voornaam": "First name",
    "Tussenvoegsel": "Name prefix",
    "bijv. van der": "e.g. van der",
    "Achternaam": "Last name",
    "Geboortedatum": "Date of birth",
    "dd-mm-jjjj": "dd-mm-yyyy",
    "Voorkeurstaal": "Preferred language",
    "Nederlands": "Dutch",
    "Engels": "English",
    "Contact en adres": "Contact and address",
    "Telefoon": "Phone",
    "E-mail": "Email",
    "Straat": "Street",
    "Huisnummer": "House number",
    "Toevoeging": "Suffix",
    "bijv. A of bis": "e.g. A or bis",
    "Postcode": "Postcode",
    "Plaats": "City",
    "Uitkeringsstatus": "Benefit status",
    "Aanvraag": "Application",
    "Lopend": "Running",
    "Begin uitkering": "Benefit start",
    "Einde uitkering": "Benefit end",
    "Nazorg tot": "Aftercare until",
    "Uitkering lopend": "Benefit running",
    "Uitkering beëindigd": "Benefit ended",
    "Kies links een werkzoekende om het dossier te openen.\nNieuwe werkzoekende: Ctrl+N. Zoeken: Ctrl+F.":
        "Choose a client on the left to open their file.\nNew client: Ctrl+N. Search: Ctrl+F.",
    "Opslaan": "Save",
    "Verwijderen…": "Delete…",
    "Overzicht": "Overview",
    "BSN {bsn}": "BSN {bsn}",
    "geboren {date}": "born {date}",
    "nazorg tot {date}": "aftercare until {date}",
    "Niet opgeslagen: verbeter wat in rood staat.": "Not saved: please correct what is shown in red.",
    "Opgeslagen.": "Saved.",
    "Werkzoekende verwijderen": "Delete client",
    "{name} (BSN {bsn}) uit de caseload verwijderen?\n\nHet dossier verdwijnt uit de lijst; de verwijdering "
    "wordt met de centrale opslag gesynchroniseerd en in het logboek vastgelegd.":
        "Delete {name} (BSN {bsn}) from the caseload?\n\nThe file disappears from the list; the deletion is "
        "synchronised with the central store and recorded in the audit trail.",
    "Wijzigingen opslaan?": "Save changes?",
    "De gegevens van {name} zijn gewijzigd maar niet opgeslagen.": "The details of {name} were changed but not saved.",
    "Nieuwe werkzoekende": "New client",
    "Annuleren": "Cancel",
    # -- main window
    "&Bestand": "&File",
    "&Nieuwe werkzoekende…": "&New client…",
    "&Afsluiten": "&Quit",
    "&Werkzoekende": "&Client",
    "&Opslaan": "&Save",
    "&Verwijderen…": "&Delete…",
    "Bee&ld": "&View",
    "&Zoeken": "&Find",
    "&Taal": "&Language",
    "{name} is toegevoegd.": "{name} has been added.",
    "Taal": "Language",
    "De taal wordt gewijzigd bij de volgende start van Wijkdesk.":
        "The language will change the next time Wijkdesk starts.",
    "Niet gesynchroniseerd — {n} wijzigingen wachten": "Not synchronised — {n} changes waiting",
    "Niet gesynchroniseerd — geen wijzigingen wachten": "Not synchronised — no changes waiting",
    # -- command line
    "Wijkdesk: de caseload van de vaste begeleider, ook zonder verbinding.":
        "Wijkdesk: the job coach's caseload, also without a connection.",
    "map met de (versleutelde) gegevens": "directory with the (encrypted) data",
    "start met een wegwerpmap en demogegevens": "start with a throwaway directory and demo data",
    "taal van de meldingen (nl of en)": "language of the messages (nl or en)",
    "start de app (standaard)": "start the app (default)",
    "maak een oefencaseload zonder verbinding": "create a practice caseload without a connection",
    "lees gegevens in": "import data",
    "werkzoekenden uit een CSV-bestand": "clients from a CSV file",
    "schrijf gegevens weg": "export data",
    "de caseload als CSV": "the caseload as CSV",
    "alles over een persoon (AVG art. 15) als JSON": "everything about one person (GDPR art. 15) as JSON",
    "maak een PDF voor de werkzoekende": "make a PDF for the client",
    "verslag van een gesprek": "summary of a conversation",
    "meld dit apparaat aan bij de centrale opslag": "sign this device in to the central store",
    "synchroniseer met de centrale opslag": "synchronise with the central store",
    "--demo hoort bij het starten van de app, niet bij '{cmd}'.": "--demo belongs to starting the app, not to '{cmd}'.",
    # -- services
    "Deze werkzoekende bestaat niet (meer).": "This client does not exist (any more).",
    "Dit gesprek is al vastgelegd.": "This conversation has already been recorded.",
    "Dit gesprek bestaat niet (meer).": "This conversation does not exist (any more).",
    "Deze afspraak bestaat niet (meer).": "This agreement does not exist (any more).",
    "Intake": "Intake",
    "Voortgang": "Progress",
    "Heronderzoek": "Review",
    "Telefonisch": "Phone",
    "Huisbezoek": "Home visit",
    "Evaluatie": "Evaluation",
    "Open": "Open",
    "Gedaan": "Done",
    "Niet gelukt": "Missed",
    "Vervallen": "Cancelled",
    "Werkzoekende": "Client",
    "Begeleider": "Coach",
    "Specialist": "Specialist",
    "Deze map bevat al echte werkzoekenden. Maak demogegevens in een lege map (--data-dir), zodat ze nooit "
    "met echte gegevens worden gemengd.": "This directory already holds real clients. Create demo data in an "
    "empty directory (--data-dir), so that it is never mixed with real data.",
    "Zoveel demowerkzoekenden kunnen er niet worden gemaakt.": "That many demo clients cannot be created.",
    "Dit bestand bevat tabellen maar is geen Wijkdesk-database. Er is niets gewijzigd.":
        "This file contains tables but is not a Wijkdesk database. Nothing was changed.",
    "Deze gegevens zijn gemaakt door een nieuwere versie van Wijkdesk (schema {rev}). Werk Wijkdesk bij; er "
    "is niets gewijzigd.": "This data was made by a newer version of Wijkdesk (schema {rev}). Please update "
    "Wijkdesk; nothing was changed.",
    "Het lettertype voor het verslag ontbreekt of is beschadigd ({path}).":
        "The font for the summary is missing or damaged ({path}).",
    "Een specialist kan geen gespreksverslag afdrukken.": "A specialist cannot print a conversation summary.",
    "{path} is een map; geef een bestandsnaam op.": "{path} is a directory; please give a file name.",
    "De map {path} bestaat niet.": "The directory {path} does not exist.",
    "Het verslag kon niet worden opgeslagen in {path}: {error}": "The summary could not be saved in {path}: {error}",
    "Dit gesprek heeft nog niet plaatsgevonden; er is nog geen verslag.":
        "This conversation has not taken place yet; there is no summary yet.",
    "Gesprek": "Conversation",
    "Geplande afspraak": "Planned meeting",
    "Afspraak": "Agreement",
    "Inzet": "Placement",
    "Signaal": "Signal",
    "Verzuim": "Absence",
    "Profiel": "Profile",
    "{who}, uiterlijk {due} — {status}": "{who}, by {due} — {status}",
    "niveau {n}": "level {n}",
    "Vervolggesprek": "Follow-up conversation",
    "Nazorg loopt af": "Aftercare ends",
    # -- unlocking
    "{path} is een onversleuteld databasebestand, geen Wijkdesk-gegevens. Er is niets gewijzigd.":
        "{path} is an unencrypted database file, not Wijkdesk data. Nothing was changed.",
    "{path} is beschadigd of geen Wijkdesk-bestand. Er is niets gewijzigd.":
        "{path} is damaged or not a Wijkdesk file. Nothing was changed.",
    "De gegevens kunnen niet worden geopend: de sleutel past niet of het bestand is beschadigd. Er is niets "
    "gewijzigd.": "The data cannot be opened: the key does not fit or the file is damaged. Nothing was changed.",
    "Het sleutelbestand is beschadigd. Er is niets gewijzigd.": "The key file is damaged. Nothing was changed.",
    "Het wachtwoord is onjuist. Er is niets gewijzigd.": "The passphrase is wrong. Nothing was changed.",
    "Een wachtwoord is nodig om de gegevens te openen (WIJKDESK_PASSPHRASE).":
        "A passphrase is needed to open the data (WIJKDESK_PASSPHRASE).",
    "De sleutel in de sleutelbos is beschadigd. Er is niets gewijzigd.":
        "The key in the keyring is damaged. Nothing was changed.",
    "De sleutel van deze gegevens ontbreekt in de sleutelbos van dit systeem. Er is niets gewijzigd; neem "
    "contact op met de servicedesk.": "The key of this data is missing from this system's keyring. Nothing "
    "was changed; please contact the service desk.",
    "De sleutel van deze gegevens ontbreekt. Er is niets gewijzigd; neem contact op met de servicedesk.":
        "The key of this data is missing. Nothing was changed; please contact the service desk.",
    "Dit systeem heeft geen beveiligde sleutelbos. Kies een wachtwoord (of zet WIJKDESK_PASSPHRASE) om de "
    "gegevens te versleutelen.": "This system has no secure keyring. Choose a passphrase (or set "
    "WIJKDESK_PASSPHRASE) to encrypt the data.",
    "Kies een wachtwoord van minstens 12 tekens.": "Choose a passphrase of at least 12 characters.",
    # -- validation
    "Onbekend veld.": "Unknown field.",
    "De einddatum ligt voor de begindatum.": "The end date is before the start date.",
    "Dit is te lang (hoogstens {n} tekens).": "This is too long (at most {n} characters).",
    "Een huisnummer is een getal; een toevoeging heeft een eigen veld.":
        "A house number is a number; a suffix has its own field.",
    "Kies Nederlands (nl) of Engels (en).": "Choose Dutch (nl) or English (en).",
    "Onbekende uitkeringsstatus: {v}.": "Unknown benefit status: {v}.",
    "Er staat al iemand met dit BSN in het bestand.": "Someone with this BSN is already on file.",
    "Datum en tijd zijn verplicht.": "Date and time are required.",
    "Die tijd bestaat niet: op {day} gaat de klok om 02:00 een uur vooruit (zomertijd). Kies een andere tijd.":
        "That time does not exist: on {day} the clocks go forward one hour at 02:00 (summer time). "
        "Choose another time.",
    "Schrijf datum en tijd als 31-03-2024 14:30.": "Write date and time as 31-03-2024 14:30.",
    "Dit is te lang: {n} tekens, hoogstens {max}.": "This is too long: {n} characters, at most {max}.",
    "Kies een soort gesprek.": "Choose a kind of conversation.",
    "Kies hoe het gesprek ging.": "Choose how the conversation took place.",
    "Een gesprek dat nog moet komen is een geplande afspraak, geen verslag.":
        "A conversation still to come is a planned meeting, not a summary.",
    "De volgende afspraak ligt na dit gesprek.": "The next meeting must be after this conversation.",
    "Schrijf op wat er is afgesproken.": "Write down what was agreed.",
    "Kies wie het doet.": "Choose who does it.",
    "Onbekende status.": "Unknown status.",
    "Kies de specialist die dit doet.": "Choose the specialist who does this.",
    "De datum ligt voor het gesprek waarin dit is afgesproken.":
        "The date is before the conversation in which this was agreed.",
    "Vul in wanneer dit is afgerond, gemist of vervallen.": "Fill in when this was done, missed or cancelled.",
    "Deze datum ligt in de toekomst.": "This date is in the future.",
    "Dit gesprek hoort bij iemand anders.": "This conversation belongs to someone else.",
    "Een afgeronde afspraak kan alleen weer open worden gezet.": "A finished agreement can only be reopened.",
    "Het BSN is verplicht.": "The BSN is required.",
    "Een BSN bestaat alleen uit cijfers.": "A BSN consists of digits only.",
    "Een BSN heeft 9 cijfers (of 8, dan komt er een 0 voor).": "A BSN has 9 digits (or 8, then a 0 is put in front).",
    "Dit is geen geldig BSN. Controleer de cijfers.": "This is not a valid BSN. Please check the digits.",
    "Een postcode ziet eruit als 1234 AB.": "A postcode looks like 1234 AB.",
    "Deze datum is verplicht.": "This date is required.",
    "Schrijf een datum als 2024-03-31 of 31-03-2024.": "Write a date as 2024-03-31 or 31-03-2024.",
    "Een geboortedatum kan niet in de toekomst liggen.": "A date of birth cannot be in the future.",
    "Deze geboortedatum is te lang geleden.": "This date of birth is too long ago.",
    "Dit veld is verplicht.": "This field is required.",
    "Een naam bevat geen cijfers of stuurtekens.": "A name contains no digits or control characters.",
    "Dit is geen geldig e-mailadres.": "This is not a valid email address.",
    "Dit is geen geldig telefoonnummer.": "This is not a valid phone number.",
    # -- casework: conversations, agreements, timeline and the week (desktop/ui/conversation*, week_view, ...)
    'Op kantoor': 'At the office',
    'Video': 'Video',
    'Bij de werkzoekende thuis': "At the client's home",
    'geen datum': 'no date',
    'Nieuwe afspraak': 'New agreement',
    'Afspraak bewerken': 'Edit agreement',
    '&Wat': '&What',
    'W&ie': 'W&ho',
    '&Uiterlijk': '&Due by',
    '&Status': '&Status',
    '&Op': '&On',
    'Delen met de specialisten die voor deze werkzoekende zijn ingezet': 'Share with the specialists engaged for this client',
    'Wat': 'What',
    'Wie': 'Who',
    'Uiterlijk': 'Due by',
    'Gedeeld': 'Shared',
    'Te laat: dit had uiterlijk {date} gedaan moeten zijn.': 'Overdue: this should have been done by {date}.',
    'ja': 'yes',
    'Wat is er afgesproken?': 'What was agreed?',
    'Specialist: {name}': 'Specialist: {name}',
    'Zichtbaar voor de specialisten die voor deze werkzoekende zijn ingezet': 'Visible to the specialists engaged for this client',
    'Deze afspraak weghalen': 'Remove this agreement',
    'Afspraak weghalen': 'Remove agreement',
    'Specialist (onbekend)': 'Specialist (unknown)',
    'Delen': 'Share',
    'Nog geen afspraken. Voeg er een toe met de knop hieronder (Alt+A).': 'No agreements yet. Add one with the button below (Alt+A).',
    '&Afspraak toevoegen': '&Add agreement',
    'Nieuw gesprek': 'New conversation',
    'Afspraak plannen': 'Plan a meeting',
    'Gesprek vastleggen': 'Record the conversation',
    'Gesprek bewerken': 'Edit conversation',
    'bijv. wijkkantoor Afrikaanderwijk': 'e.g. wijk office Afrikaanderwijk',
    'In gewone taal, voor de werkzoekende: wat is besproken. Dit wordt afgedrukt.': 'In plain language, for the client: what was discussed. This is printed.',
    "Alleen voor u en collega's van het wijkteam: nooit afgedrukt, nooit gedeeld met specialisten.": 'Only for you and colleagues in the neighbourhood team: never printed, never shared with specialists.',
    '&Gepland op': '&Planned for',
    '&Datum en tijd': '&Date and time',
    '&Soort gesprek': '&Kind of conversation',
    '&Hoe': '&How',
    '&Plaats': '&Place',
    'Samenvatting voor de &werkzoekende': 'Summary for the &client',
    '&Interne notities': '&Internal notes',
    'Interne notities worden nooit afgedrukt en nooit gedeeld.': 'Internal notes are never printed and never shared.',
    'Opslaan (Enter of Ctrl+Enter)': 'Save (Enter or Ctrl+Enter)',
    'Niet opgeslagen': 'Not saved',
    'Wat u hier schreef is nog niet opgeslagen. Weggooien?': 'What you wrote here has not been saved. Discard it?',
    'Afspraken uit dit gesprek': 'Agreements made in this conversation',
    'Datum': 'Date',
    'Soort': 'Kind',
    'Hoe': 'How',
    'Samenvatting': 'Summary',
    'Afspraken': 'Agreements',
    'Gepland': 'Planned',
    '&Nieuw gesprek…': '&New conversation…',
    'Een gehouden gesprek vastleggen (Ctrl+Shift+N)': 'Record a conversation that was held (Ctrl+Shift+N)',
    'Afspraak &plannen…': '&Plan a meeting…',
    '&Gehouden…': '&Held…',
    'De geplande afspraak heeft plaatsgevonden: leg het gesprek vast': 'The planned meeting took place: record the conversation',
    '&Bewerken…': '&Edit…',
    'Nieuwe &afspraak…': 'New &agreement…',
    'Afspraak be&werken…': 'Edit agree&ment…',
    '&Gedaan': '&Done',
    'Markeer als gedaan, vandaag': 'Mark as done, today',
    'N&iet gelukt': '&Missed',
    'Markeer als niet gelukt, vandaag': 'Mark as missed, today',
    '&Vervallen': '&Cancelled',
    'Markeer als vervallen, vandaag': 'Mark as cancelled, today',
    '&Heropenen': '&Reopen',
    'Gesprekken': 'Conversations',
    '{n} te laat': '{n} overdue',
    'Gesprek vastgelegd.': 'Conversation recorded.',
    'Afspraak gepland.': 'Meeting planned.',
    'de geplande afspraak': 'the planned meeting',
    'het gesprek': 'the conversation',
    'Gesprek verwijderen': 'Remove conversation',
    '{what} van {date} verwijderen?\n\nOpen afspraken uit dit gesprek komen te vervallen.': 'Remove {what} of {date}?\n\nOpen agreements made in it will be cancelled.',
    'Verwijderd.': 'Removed.',
    'Afspraak: {status}.': 'Agreement: {status}.',
    'Afspraak verwijderen': 'Remove agreement',
    'De afspraak “{what}” verwijderen?': 'Remove the agreement “{what}”?',
    'Mijn week': 'My week',
    'Nieuw &gesprek…': 'New &conversation…',
    'Mijn &week': 'My &week',
    'Open eerst een werkzoekende.': 'Open a client first.',
    'Details': 'Details',
    'Te laat: {what}': 'Overdue: {what}',
    'Toon:': 'Show:',
    'Tijdlijn': 'Timeline',
    '{n} regels': '{n} lines',
    'Vandaag': 'Today',
    'Deze week': 'This week',
    'Binnenkort klaar': 'Due soon',
    'Afspraken met werkzoekenden vandaag': 'Meetings with clients today',
    'Afspraken later deze week': 'Meetings later this week',
    'Open afspraken voorbij de afgesproken datum': 'Open agreements past their due date',
    'Open afspraken die deze week klaar moeten zijn': 'Open agreements due this week',
    'Nazorg die binnen 30 dagen afloopt': 'Aftercare ending within 30 days',
    'Wanneer': 'When',
    'Afspraak (wie)': 'Agreement (who)',
    'Tot': 'Until',
    '&Vernieuwen': '&Refresh',
    'Te laat: uiterlijk {date}': 'Overdue: due by {date}',
    'niets': 'nothing',
    '{m} afspraken deze week, {o} te laat': '{m} meetings this week, {o} overdue',
    'ma': 'Mon',
    'di': 'Tue',
    'wo': 'Wed',
    'do': 'Thu',
    'vr': 'Fri',
    'za': 'Sat',
    'zo': 'Sun',
    # -- instruments: catalogue, matching, placements, profile, effectiveness
    'Instrumentenhuis': 'Instrumentenhuis (instrument catalogue)',
    'Zoeken in naam en omschrijving': 'Search name and description',
    'elke leeftijd': 'any age',
    'elke duur': 'any duration',
    ' wk of korter': ' wks or shorter',
    'met plaatsen': 'with places',
    'alleen actief': 'active only',
    'nee': 'no',
    'Instrument': 'Instrument',
    'Aanbieder': 'Provider',
    'Doelen': 'Goals',
    'Weken': 'Weeks',
    'Plaatsen': 'Places',
    'vrij': 'unlimited',
    'Actief': 'Active',
    'Importeren uit CSV…': 'Import from CSV…',
    'alle aanbieders': 'all providers',
    'elk doel': 'any goal',
    '{n} van {m} instrumenten': '{n} of {m} instruments',
    'Catalogus importeren': 'Import catalogue',
    'CSV-bestanden (*.csv);;Alle bestanden (*)': 'CSV files (*.csv);;All files (*)',
    '<br>… en nog {n}': '<br>… and {n} more',
    '<span style="color:{c}">Niets geïmporteerd; verbeter deze regels:</span><br>{lines}{extra}':
        '<span style="color:{c}">Nothing imported; please correct these lines:</span><br>{lines}{extra}',
    '{n} instrumenten ingelezen.': '{n} instruments imported.',
    'Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet.':
        'Nothing was imported: {n} of the {rows} lines are not correct.',
    "'{v}' is geen heel getal.": "'{v}' is not a whole number.",
    '{n} ligt niet tussen {low} en {high}.': '{n} is not between {low} and {high}.',
    '{file} is leeg.': '{file} is empty.',
    'deze regel is geen geldige CSV ({reason}).': 'this line is not valid CSV ({reason}).',
    "De kopregel van {file} is geen geldige CSV ({reason}).": "The header of {file} is not valid CSV ({reason}).",
    "geen taxonomiecode: {codes}.": "not a taxonomy code: {codes}.",
    "deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde zonder aanhalingstekens?":
        "this line has {n} fields, the header line {m}. Is there a '{d}' in a value without quotation marks?",
    'de code {code} staat ook op regel {other}.': 'the code {code} is also on line {other}.',
    '{file} bevat alleen een kopregel, geen instrumenten.': '{file} contains only a header line, no instruments.',
    '(leeg)': '(empty)',
    'onbekende kolommen: {cols}': 'unknown columns: {cols}',
    'dubbele kolommen: {cols}': 'duplicate columns: {cols}',
    'ontbrekende kolommen: {cols}': 'missing columns: {cols}',
    'De kopregel van {file} klopt niet ({problems}). Verwacht: {expected}.':
        'The header line of {file} is not correct ({problems}). Expected: {expected}.',
    'de code is verplicht.': 'the code is required.',
    'een code bestaat uit kleine letters, cijfers, punt, streepje of liggend streepje (hoogstens 40 tekens).':
        'a code consists of lower-case letters, digits, full stops, hyphens or underscores (at most 40 characters).',
    'de naam is verplicht.': 'the name is required.',
    'de naam is te lang (hoogstens 200 tekens).': 'the name is too long (at most 200 characters).',
    'de aanbieder is verplicht.': 'the provider is required.',
    'de aanbieder is te lang (hoogstens 100 tekens).': 'the provider is too long (at most 100 characters).',
    'de omschrijving is te lang (hoogstens 4000 tekens).': 'the description is too long (at most 4000 characters).',
    'noem minstens één doel uit de taxonomie.': 'name at least one goal from the taxonomy.',
    'onbekend in de taxonomie: {codes}.': 'not in the taxonomy: {codes}.',
    'de maximumleeftijd ({hi}) is lager dan de minimumleeftijd ({lo}).':
        'the maximum age ({hi}) is lower than the minimum age ({lo}).',
    "schrijf ja of nee, niet '{v}'.": "write ja or nee (yes or no), not '{v}'.",
    'Dit instrument staat niet (meer) in de catalogus.': 'This instrument is not (or no longer) in the catalogue.',
    'de instrumentencatalogus uit een CSV-bestand': 'the instrument catalogue from a CSV file',
    'maandlijst voor UWV: wie kan worden uitgeschreven (CSV)': 'monthly list for UWV: who can be deregistered (CSV)',
    # matching
    '{n} wk': '{n} wks',
    'Past': 'Match',
    'Waarom': 'Why',
    'Duur': 'Duration',
    'Inzet starten…': 'Start placement…',
    'Kan nu niet, want': 'Not possible now, because',
    'Van': 'From',
    'Ontwikkeling': 'Development',
    'Resultaat': 'Result',
    'Laten beginnen': 'Start now',
    'Afronden…': 'Complete…',
    'Stoppen…': 'Stop…',
    'Passende instrumenten': 'Suitable instruments',
    'Nu niet mogelijk': 'Not possible now',
    'Instrumenten': 'Instruments',
    '<b>Werkpunten uit het profiel:</b> {items}. De instrumenten staan op volgorde van hoeveel ze daarvan afdekken; kies samen.':
        '<b>Points to work on from the profile:</b> {items}. The instruments are ordered by how many of these they '
        'cover; choose together.',
    'Er zijn nog geen werkpunten: leg in het tabblad Profiel vaardigheden en aandachtsgebieden vast met een doel dat hoger ligt dan het niveau nu.':
        'There are no points to work on yet: in the Profile tab, record skills and areas of attention with a goal '
        'higher than the current level.',
    'Inzet vastgelegd: {name}.': 'Placement recorded: {name}.',
    'Inzet afgerond.': 'Placement completed.',
    'Inzet stoppen': 'Stop placement',
    'Waarom stopt {name}?': 'Why is {name} stopping?',
    'niet meer in te zetten': 'no longer available',
    'geboortedatum onbekend (leeftijdsgrens {low}–{high})': 'date of birth unknown (age limit {low}–{high})',
    'te jong: vanaf {low} jaar (nu {age})': 'too young: from age {low} (now {age})',
    'te oud: tot en met {high} jaar (nu {age})': 'too old: up to and including age {high} (now {age})',
    'geen plaatsen vrij': 'no places available',
    'loopt al of is voorgesteld': 'already running or proposed',
    'werkt aan: {items}': 'works on: {items}',
    'werkt aan geen van de werkpunten': 'works on none of the points to work on',
    'past bij werkrichting: {items}': 'fits the career direction: {items}',
    'houdt rekening met: {items}': 'takes into account: {items}',
    'niet: {items}': 'not: {items}',
    # placements
    'voorgesteld': 'proposed',
    'loopt': 'running',
    'afgerond': 'completed',
    'gestopt': 'stopped',
    'werk': 'work',
    'opleiding': 'education',
    'vervolginstrument': 'follow-on instrument',
    'geen': 'none',
    'Alleen de begeleider zet instrumenten in.': 'Only the coach places clients on instruments.',
    'Dit instrument kan nu niet: {why}.': 'This instrument is not possible now: {why}.',
    'Schrijf op waarom dit instrument wordt ingezet; de specialist leest dit ook.':
        'Write down why this instrument is being used; the specialist reads this too.',
    'Een nieuwe inzet is voorgesteld of loopt.': 'A new placement is proposed or running.',
    'Een inzet die nog moet beginnen blijft voorgesteld tot de startdatum.':
        'A placement that has yet to begin stays proposed until the start date.',
    'Kies het resultaat: werk, opleiding, vervolginstrument of geen.':
        'Choose the result: work, education, follow-on instrument or none.',
    'Een waardering is een cijfer van 1 tot en met 5.': 'A rating is a number from 1 to 5.',
    'Dit is geen doel van deze inzet.': 'This is not a goal of this placement.',
    'Schrijf op waarom de inzet stopt.': 'Write down why the placement is stopping.',
    'Gestopt: {reason}': 'Stopped: {reason}',
    'Schrijf op wat er is gebeurd.': 'Write down what happened.',
    'Kies minstens één doel.': 'Choose at least one goal.',
    'Een inzet die {old} is kan niet {new} worden.': 'A placement that is {old} cannot become {new}.',
    'Deze inzet is al {status}.': 'This placement is already {status}.',
    'Deze inzet bestaat niet (meer).': 'This placement does not exist (any more).',
    'Dit overzicht is alleen voor specialisten.': 'This overview is for specialists only.',
    'Schrijf uw evaluatie op.': 'Write down your evaluation.',
    'U bent niet betrokken bij deze inzet.': 'You are not involved in this placement.',
    'Inzet starten: {name}': 'Start placement: {name}',
    '<b>{name}</b> — {provider}': '<b>{name}</b> — {provider}',
    'Waarom dit instrument, samen gekozen? De specialist leest dit ook.':
        'Why this instrument, chosen together? The specialist reads this too.',
    '(nog niemand)': '(nobody yet)',
    'Begint vandaag (anders: voorgesteld)': 'Starts today (otherwise: proposed)',
    'Reden': 'Reason',
    'Startdatum': 'Start date',
    'Inzet starten': 'Start placement',
    'Inzet afronden: {name}': 'Complete placement: {name}',
    '(kies)': '(choose)',
    'Ervaring werkzoekende': 'Experience of the client',
    'Ervaring werkbegeleider': 'Experience of the job supervisor',
    'Ervaring werkgever': 'Experience of the employer',
    '(niet gevraagd)': '(not asked)',
    'Einddatum': 'End date',
    '<b>Opnieuw beoordelen: is ontwikkeling zichtbaar?</b>': '<b>Assess again: is there visible development?</b>',
    'niet beoordeeld': 'not assessed',
    '(was {n})': '(was {n})',
    '(nog niet beoordeeld)': '(not assessed yet)',
    'Afronden': 'Complete',
    # specialist window
    'Wijkdesk — inzet als specialist': 'Wijkdesk — placements as a specialist',
    'Hoe gaat het? Wat is er deze week gebeurd?': 'How is it going? What happened this week?',
    'Voortgang vastleggen': 'Record progress',
    'Uw evaluatie: wat ging goed, wat is ontwikkeld, wat is een goed vervolg?':
        'Your evaluation: what went well, what has developed, what would be a good next step?',
    'Evaluatie opslaan': 'Save evaluation',
    '<b>Voortgang</b>': '<b>Progress</b>',
    '<b>Evaluatie</b>': '<b>Evaluation</b>',
    '{n} inzetten waarbij u betrokken bent': '{n} placements you are involved in',
    'U bent nog niet betrokken bij een inzet.': 'You are not involved in any placement yet.',
    'geen contactgegevens': 'no contact details',
    'Nog geen voortgang vastgelegd.': 'No progress recorded yet.',
    'Voortgang vastgelegd.': 'Progress recorded.',
    'Evaluatie opgeslagen.': 'Evaluation saved.',
    # profile and taxonomy
    'Kies een niveau van 1 tot en met 5.': 'Choose a level from 1 to 5.',
    'zelfbeoordeling': 'self-assessment',
    'test': 'test',
    'game': 'game',
    'begeleider': 'coach',
    'Alleen de begeleider ziet en wijzigt het profiel.': 'Only the coach sees and changes the profile.',
    'Kies een onderdeel uit de lijst.': 'Choose an item from the list.',
    'Kies hoe dit is vastgesteld.': 'Choose how this was established.',
    'Deze inzet hoort bij iemand anders.': 'This placement belongs to someone else.',
    'Onderdeel': 'Item',
    'Niveau': 'Level',
    'Doel': 'Goal',
    'Bron': 'Source',
    'Herkent zich': 'Client agrees',
    'Onder het doel: hier wordt aan gewerkt.': 'Below the goal: this is being worked on.',
    'Kies links een onderdeel om de ontwikkeling te zien.': 'Choose an item on the left to see the development.',
    'Beoordelen': 'Assess',
    'geen doel': 'no goal',
    'De werkzoekende herkent zich hierin': 'The client recognises themselves in this',
    'Vastleggen': 'Record',
    'Niveau (1–5)': 'Level (1–5)',
    'Doel samen afgesproken': 'Goal agreed together',
    'Nog geen profiel. Leg hieronder samen met de werkzoekende vast wat iemands kwaliteiten, vaardigheden en aandachtsgebieden zijn.':
        "No profile yet. Below, record together with the client what their qualities, skills and areas of "
        "attention are.",
    '<b>Werkpunten:</b> geen — alles staat op of boven het afgesproken doel.':
        '<b>Points to work on:</b> none — everything is at or above the agreed goal.',
    '<b>Werkpunten:</b> {items}': '<b>Points to work on:</b> {items}',
    '<b>Ontwikkeling</b>': '<b>Development</b>',
    '<b>Ontwikkeling: {item}</b>': '<b>Development: {item}</b>',
    ' · na inzet': ' · after placement',
    'Vastgelegd.': 'Recorded.',
    'Kwaliteit': 'Quality',
    'Vaardigheid': 'Skill',
    'Aandachtsgebied': 'Area of attention',
    'Omstandigheid': 'Circumstance',
    'Werkrichting': 'Career direction',
    'De standaardlijst van de taxonomie klopt niet op regel {line}.':
        'The standard taxonomy list is not correct on line {line}.',
    # effectiveness
    'De effectiviteit is voor begeleiders en teamleiders.': 'Effectiveness is for coaches and team leaders.',
    'Effectiviteit van de instrumenten': 'Effectiveness of the instruments',
    'Loopt': 'Running',
    'Afgerond': 'Completed',
    'Gestopt': 'Stopped',
    'Afgerond %': 'Completed %',
    'Werk / opleiding': 'Work / education',
    'Vervolg / geen': 'Follow-on / none',
    'Werkbegeleider': 'Job supervisor',
    'Werkgever': 'Employer',
    'Gemiddelde ontwikkeling op de doelen (niveaus)': 'Average development on the goals (levels)',
    'Afgerond (%)': 'Completed (%)',
    'Ervaring werkzoekende (1–5)': 'Experience of the client (1–5)',
    'Ervaring werkbegeleider (1–5)': 'Experience of the job supervisor (1–5)',
    'Ervaring werkgever (1–5)': 'Experience of the employer (1–5)',
    'Cijfers over de inzet die op dit apparaat bekend is; geen namen. Telt niet alleen het resultaat, maar ook hoe werkzoekende, werkbegeleider en werkgever het ervoeren.':
        'Figures on the placements known on this device; no names. Counts not only the result, but also how the '
        'client, job supervisor and employer experienced it.',
    'Grafiek:': 'Chart:',
    'Geen gegevens in deze periode.': 'No data in this period.',
    # -- signals (duty to inform) and absences
    'Vermoeden schending inlichtingenplicht': 'Suspected breach of the duty to inform',
    'Besluit dat het inkomen verandert': 'Decision that changes the income',
    'Anders': 'Other',
    'Geen actie': 'No action',
    'Gecorrigeerd met de werkzoekende': 'Corrected with the client',
    'Waarschuwing': 'Warning',
    'Boete-onderzoek': 'Fine investigation',
    'Afgesloten': 'Closed',
    '{a} en {b}': '{a} and {b}',
    'Bij een besluit dat het inkomen verandert hoort geen boete-onderzoek: leg het besluit telefonisch uit.':
        'A decision that changes the income does not call for a fine investigation: explain the decision by phone.',
    'Geen boete, tenzij…: de werkzoekende is bereikt en het is niet verwijtbaar. Er komt geen boete-onderzoek.':
        'No fine, unless…: the client was reached and it is not culpable. There will be no fine investigation.',
    'Nog nodig: uw oordeel of de schending verwijtbaar is (de werkzoekende is bereikt).':
        'Still needed: your judgement whether the breach is culpable (the client was reached).',
    'een belpoging op een andere dag': 'a call attempt on another day',
    'een derde belpoging op een andere dag': 'a third call attempt on another day',
    'een derde belpoging': 'a third call attempt',
    'een tweede en derde belpoging, ten minste één op een andere dag':
        'a second and third call attempt, at least one on another day',
    'drie belpogingen op ten minste twee verschillende dagen': 'three call attempts on at least two different days',
    'een verstuurde brief': 'a letter that was sent',
    'Geen boete, tenzij…: bel eerst. Nog nodig: {what}.': 'No fine, unless…: call first. Still needed: {what}.',
    'Kies wat voor signaal het is.': 'Choose what kind of signal it is.',
    'Beschrijf het signaal: wat is er gezien of gemeld?': 'Describe the signal: what was seen or reported?',
    'De datum van het signaal ligt in de toekomst.': 'The date of the signal is in the future.',
    'Een belpoging kan niet in de toekomst liggen.': 'A call attempt cannot be in the future.',
    'De volgende belpoging ligt na deze.': 'The next call attempt must be after this one.',
    'Deze belpoging ligt voor de datum van het signaal.': 'This call attempt is before the date of the signal.',
    'De herinnering ligt voor de datum van het signaal.': 'The reminder is before the date of the signal.',
    'Een brief die nog niet is verstuurd kunt u niet vastleggen.': 'You cannot record a letter that has not been sent yet.',
    'De brief is verstuurd voor de datum van het signaal; klopt de datum?':
        'The letter was sent before the date of the signal; is the date right?',
    'Of iets verwijtbaar is beoordeelt u pas na een gesprek met de werkzoekende. Nog nodig: een belpoging waarbij de werkzoekende is bereikt.':
        'You judge whether something is culpable only after talking with the client. Still needed: a call attempt '
        'in which the client was reached.',
    'Kies een resultaat.': 'Choose a result.',
    'Schrijf op waarom dit het resultaat is.': 'Write down why this is the result.',
    'Schrijf in een paar woorden op waarom dit het resultaat is.': 'Write down in a few words why this is the result.',
    'Dit signaal is al afgesloten.': 'This signal has already been closed.',
    'Bij een besluit dat het inkomen verandert hoort geen waarschuwing.':
        'A decision that changes the income does not call for a warning.',
    'Dit signaal bestaat niet (meer).': 'This signal does not exist (any more).',
    'Nieuw signaal': 'New signal',
    'Wat is er gezien of gemeld?': 'What was seen or reported?',
    'Signaal toevoegen': 'Add signal',
    'Omschrijving': 'Description',
    'Signalen': 'Signals',
    'Wanneer is er gebeld? Standaard nu.': 'When was the call made? Default: now.',
    'Korte notitie (optioneel)': 'Short note (optional)',
    'Gebeld — bereikt': 'Called — reached',
    'Gebeld — niet bereikt': 'Called — not reached',
    'Herinnering volgende poging': 'Reminder for the next attempt',
    'Herinnering zetten': 'Set reminder',
    'Brief verstuurd (vandaag)': 'Letter sent (today)',
    'Nog niet beoordeeld': 'Not assessed yet',
    'Verwijtbaar': 'Culpable',
    'Niet verwijtbaar': 'Not culpable',
    'Waarom is dit het resultaat? (verplicht)': 'Why is this the result? (required)',
    'Afsluiten met dit resultaat': 'Close with this result',
    'Bellen': 'Calls',
    'Tijdstip': 'Time',
    'Oordeel en resultaat': 'Judgement and result',
    'Verwijtbaar?': 'Culpable?',
    'Kies een signaal, of voeg er een toe.\nBij een signaal: eerst bellen. Geen boete, tenzij…':
        'Choose a signal, or add one.\nWith a signal: call first. No fine, unless…',
    'open': 'open',
    'Afgesloten op {date}: {result}. Reden: {reason}': 'Closed on {date}: {result}. Reason: {reason}',
    'bereikt': 'reached',
    'niet bereikt': 'not reached',
    'Nog niet gebeld.': 'Not called yet.',
    'Volgende poging: {at}': 'Next attempt: {at}',
    'Geen herinnering gezet.': 'No reminder set.',
    'Brief verstuurd op {date}': 'Letter sent on {date}',
    'Nog geen brief verstuurd.': 'No letter sent yet.',
    'Of iets verwijtbaar is beoordeelt u na een gesprek: bel eerst.':
        'You judge whether something is culpable after a conversation: call first.',
    'Kies een resultaat…': 'Choose a result…',
    'Boete-onderzoek is mogelijk: aan de voorwaarden is voldaan.':
        'A fine investigation is possible: the conditions have been met.',
    'Signaal toegevoegd. Bel de werkzoekende eerst.': 'Signal added. Call the client first.',
    'Belpoging vastgelegd: bereikt.': 'Call attempt recorded: reached.',
    'Belpoging vastgelegd: niet bereikt.': 'Call attempt recorded: not reached.',
    'Herinnering gezet.': 'Reminder set.',
    'Brief vastgelegd.': 'Letter recorded.',
    'Oordeel vastgelegd.': 'Judgement recorded.',
    'Signaal afgesloten.': 'Signal closed.',
    # absences
    'Gemist': 'Missed',
    'Voordeurbezoek': 'Doorstep visit',
    'Maatregel overwogen': 'Sanction considered',
    'Horen aangeboden': 'Hearing offered',
    'Besluit': 'Decision',
    'Verklaard door omstandigheden': 'Explained by circumstances',
    'Vul in welke activiteit is gemist.': 'Fill in which activity was missed.',
    'Een activiteit in de toekomst kan nog niet gemist zijn.': 'An activity in the future cannot have been missed yet.',
    'Schrijf op wat team verzuim aantrof.': 'Write down what the absence team found.',
    'De werkzoekende had zich afgemeld: een voordeurbezoek is niet nodig.':
        'The client had called off: a doorstep visit is not needed.',
    'Het vervolggesprek is al vastgelegd.': 'The follow-up conversation has already been recorded.',
    'Kies een gehouden gesprek met deze werkzoekende.': 'Choose a conversation that was held with this client.',
    'Het vervolggesprek ligt voor het verzuim; klopt de datum?':
        'The follow-up conversation is before the absence; is the date right?',
    'Schrijf op welke omstandigheden het verzuim verklaren.': 'Write down which circumstances explain the absence.',
    'het voordeurbezoek': 'the doorstep visit',
    'het vervolggesprek met de werkzoekende': 'the follow-up conversation with the client',
    'Een maatregel overwegen kan pas na het gesprek. Nog nodig: {what}.':
        'A sanction can only be considered after the conversation. Still needed: {what}.',
    'Horen hoort bij een maatregeloverweging. Nog nodig: eerst de maatregel overwegen.':
        'A hearing belongs to a sanction being considered. Still needed: consider the sanction first.',
    'Kies: wel of geen maatregel.': 'Choose: sanction or no sanction.',
    'Schrijf op waarom dit het besluit is.': 'Write down why this is the decision.',
    'Vul het percentage van de maatregel in (1 tot en met 100).': 'Fill in the percentage of the sanction (1 to 100).',
    'Vul in voor hoeveel maanden de maatregel geldt (1 tot en met 3).':
        'Fill in for how many months the sanction applies (1 to 3).',
    'een maatregeloverweging': 'a sanction being considered',
    'het aanbod aan de werkzoekende om gehoord te worden': 'the offer to the client to be heard',
    'Een maatregel kan pas na een maatregeloverweging en nadat de werkzoekende is aangeboden gehoord te worden.':
        'A sanction is only possible after it has been considered and after the client has been offered a hearing.',
    'Een besluit hoort bij een maatregeloverweging.': 'A decision belongs to a sanction being considered.',
    '{rule} Nog nodig: {what}.': '{rule} Still needed: {what}.',
    'Deze datum ligt voor de vorige stap; klopt hij?': 'This date is before the previous step; is it right?',
    'Dit verzuim is al afgesloten.': 'This absence has already been closed.',
    'Dit verzuim bestaat niet (meer).': 'This absence does not exist (any more).',
    'Gemiste activiteit vastleggen': 'Record a missed activity',
    'Bijvoorbeeld: sollicitatietraining': 'For example: job application training',
    'Had zich afgemeld': 'Had called off',
    'Verzuim vastleggen': 'Record absence',
    'Activiteit': 'Activity',
    '1. Voordeurbezoek door team verzuim': '1. Doorstep visit by the absence team',
    'Wat trof team verzuim aan?': 'What did the absence team find?',
    'Voordeurbezoek vastleggen': 'Record doorstep visit',
    'Bevindingen': 'Findings',
    '2. Vervolggesprek met de werkzoekende': '2. Follow-up conversation with the client',
    'Samenvatting voor de werkzoekende: waren er omstandigheden?': 'Summary for the client: were there circumstances?',
    'Interne aantekeningen (worden niet geprint)': 'Internal notes (not printed)',
    'Intern': 'Internal',
    '3. Maatregel overwegen, horen, besluiten': '3. Consider a sanction, hear, decide',
    'Maatregel overwegen (vandaag)': 'Consider a sanction (today)',
    'Horen aangeboden (vandaag)': 'Hearing offered (today)',
    'Maatregel': 'Sanction',
    'Geen maatregel': 'No sanction',
    ' maand(en)': ' month(s)',
    'Waarom dit besluit? (verplicht)': 'Why this decision? (required)',
    'Besluit vastleggen': 'Record decision',
    'Verklaard door omstandigheden: afsluiten zonder maatregel': 'Explained by circumstances: close without a sanction',
    'Welke omstandigheden verklaren het verzuim?': 'Which circumstances explain the absence?',
    'Afsluiten zonder maatregel': 'Close without a sanction',
    'Kies een verzuim, of leg een gemiste activiteit vast.': 'Choose an absence, or record a missed activity.',
    'maand': 'month',
    'maanden': 'months',
    'maatregel {p}% gedurende {m} {unit}': 'sanction of {p}% for {m} {unit}',
    'geen maatregel': 'no sanction',
    'Afgesloten op {date}: {state}.': 'Closed on {date}: {state}.',
    'Nu: voordeurbezoek door team verzuim (niet afgemeld), daarna het vervolggesprek.':
        'Now: doorstep visit by the absence team (did not call off), then the follow-up conversation.',
    'Nu: vervolggesprek met de werkzoekende — waren er omstandigheden?':
        'Now: follow-up conversation with the client — were there circumstances?',
    'Nu: maatregel overwegen, of afsluiten omdat omstandigheden het verzuim verklaren.':
        'Now: consider a sanction, or close because circumstances explain the absence.',
    'Nu: de werkzoekende aanbieden gehoord te worden, of besluiten geen maatregel op te leggen.':
        'Now: offer the client a hearing, or decide not to impose a sanction.',
    'Nu: het besluit.': 'Now: the decision.',
    'afgemeld': 'called off',
    'niet afgemeld': 'did not call off',
    'Voordeurbezoek {date}: {findings}': 'Doorstep visit {date}: {findings}',
    'Vervolggesprek gehouden.': 'Follow-up conversation held.',
    'Maatregel overwogen op {date}.': 'Sanction considered on {date}.',
    'Horen aangeboden op {date}.': 'Hearing offered on {date}.',
    'Reden: {reason}': 'Reason: {reason}',
    'Verzuim vastgelegd.': 'Absence recorded.',
    'Voordeurbezoek vastgelegd.': 'Doorstep visit recorded.',
    'Vervolggesprek vastgelegd.': 'Follow-up conversation recorded.',
    'Maatregeloverweging vastgelegd.': 'Sanction consideration recorded.',
    'Aanbod om te horen vastgelegd.': 'Offer of a hearing recorded.',
    'Besluit vastgelegd.': 'Decision recorded.',
    'Afgesloten zonder maatregel: verklaard door omstandigheden.': 'Closed without a sanction: explained by circumstances.',
    # -- figures from the central store (issue 16)
    'Telefoon eerst (signalen)': 'Telephone first (signals)',
    'Verzuimaanpak per groep': 'Absence approach per group',
    'Inschrijving werk.nl per maand': 'werk.nl registration per month',
    'Instrumenten: plaatsingen en ervaringen': 'Instruments: placements and experiences',
    'Caseload per coach': 'Caseload per coach',
    'Onbekend rapport.': 'Unknown report.',
    'zojuist': 'just now',
    '{n} minuten geleden': '{n} minutes ago',
    '{n} uur geleden': '{n} hours ago',
    '{n} dagen geleden': '{n} days ago',
    'Dit apparaat is niet aangemeld bij de centrale opslag.': 'This device is not signed in to the central store.',
    'De centrale opslag is niet bereikbaar.': 'The central store cannot be reached.',
    'U mag deze cijfers niet zien.': 'You may not see these figures.',
    'De centrale opslag weigerde: {reason}': 'The central store refused: {reason}',
    'Cijfers uit de centrale opslag': 'Figures from the central store',
    'Mijn team of caseload': 'My team or caseload',
    'Ophalen': 'Fetch',
    'CSV exporteren…': 'Export CSV…',
    '{start} t/m {end}': '{start} to {end}',
    'alles binnen uw bevoegdheid': 'everything you may see',
    'Offline: de laatst opgehaalde cijfers ({age}), {period}, {team}.':
        'Offline: the figures last fetched ({age}), {period}, {team}.',
    'Opgehaald uit de centrale opslag ({age}), {period}, {team}.':
        'Fetched from the central store ({age}), {period}, {team}.',
    'Aantallen onder de {n} staan als <{n}.': 'Counts below {n} are shown as <{n}.',
    'Cijfers opslaan': 'Save figures',
    'CSV-bestanden (*.csv)': 'CSV files (*.csv)',
    '{n} rijen opgeslagen in {file}.': '{n} rows saved to {file}.',
    'C&ijfers (centrale opslag)…': 'F&igures (central store)…',
    'Cijfers van &dit apparaat…': 'Figures of &this device…',
    'Cijfers van dit apparaat (eigen caseload)': 'Figures of this device (own caseload)',
    'Grafiek van': 'Chart of',
    'Bezig met ophalen uit de centrale opslag…': 'Fetching from the central store…',
    'Ophalen is mislukt.': 'Fetching failed.',
    'U ziet de laatst opgehaalde cijfers ({age}).': 'You see the figures last fetched ({age}).',
    'De laatst opgehaalde cijfers ({age}), {period}, {team}; de centrale opslag wordt gevraagd…':
        'The figures last fetched ({age}), {period}, {team}; asking the central store…',
    '{report}: {figure}': '{report}: {figure}',
    'Alleen de eigen caseload van dit apparaat: de werkzoekenden die op dit apparaat staan. Cijfers van een team '
    'of de hele gemeente staan in de centrale opslag.':
        "Only this device's own caseload: the clients on this device. Figures of a team or the whole "
        "municipality are in the central store.",
    'Cijfers uit de centrale opslag…': 'Figures from the central store…',
    '(<5 of leeg: niet getekend)': '(<5 or empty: not drawn)',
    '(<5 of leeg: getekend als 0)': '(<5 or empty: drawn as 0)',
    # -- the labels of the central reports' columns and codes (desktop/services/report_labels.py)
    'Soort signaal': 'Kind of signal',
    'Telefonisch bereikt': 'Reached by phone',
    'Aandeel telefonisch bereikt': 'Share reached by phone',
    'Groep': 'Group',
    'Uitstroom': 'Outflow',
    'Uitstroom naar werk': 'Outflow to work',
    'Uitstroom anderszins': 'Outflow otherwise',
    'Aangeboden gehoord te worden': 'Offered to be heard',
    'Brieven verstuurd': 'Letters sent',
    'Nagebeld': 'Phoned',
    'Bindende besluiten': 'Binding decisions',
    'Gestart': 'Started',
    'Afgerond met werk': 'Completed with work',
    'Afgerond met profielmeting': 'Completed with profile assessment',
    'Profiel vooraf (gem.)': 'Profile before (avg.)',
    'Profiel achteraf (gem.)': 'Profile after (avg.)',
    'Ervaring werkzoekende (gem.)': 'Experience of the client (avg.)',
    'Oordelen werkzoekende': 'Ratings by the client',
    'Ervaring werkbegeleider (gem.)': 'Experience of the supervisor (avg.)',
    'Oordelen werkbegeleider': 'Ratings by the supervisor',
    'Ervaring werkgever (gem.)': 'Experience of the employer (avg.)',
    'Oordelen werkgever': 'Ratings by the employer',
    'Werkzoekenden': 'Clients',
    'Met lopende uitkering': 'With a running benefit',
    'Verlopen afspraken': 'Overdue agreements',
    'Met verlopen afspraken': 'With overdue agreements',
    'Contactritme gehouden': 'Contact rhythm kept',
    'Zonder team': 'Without a team',
    'Zonder begeleider': 'Without a coach',
    'Onbekend instrument': 'Unknown instrument',
    # -- team figures and werk.nl registration
    'Het einde van de periode ligt voor het begin.': 'The end of the period is before the start.',
    'Cijfers van het team': 'Team figures',
    'Alle teams': 'All teams',
    'Bijwerken': 'Update',
    't/m': 'to',
    'Team': 'Team',
    'Signalen per resultaat': 'Signals by result',
    'Nog open': 'Still open',
    'Verzuimaanpak': 'Absence approach',
    'Deelnemers': 'Participants',
    'Uitgestroomd naar werk of anderszins': 'Left benefit for work or otherwise',
    'Maatregeloverwegingen': 'Sanctions considered',
    'Maatregelen': 'Sanctions',
    'Besloten: geen maatregel': 'Decided: no sanction',
    'Inschrijving werk.nl (lopende uitkeringen, vandaag)': 'werk.nl registration (running benefits, today)',
    'Ingeschreven': 'Registered',
    'Verloopt binnenkort': 'Expires soon',
    'Verlopen': 'Expired',
    'Niet ingeschreven': 'Not registered',
    'Ontheffing': 'Exemption',
    '{total} signalen, {closed} afgesloten, waarvan {without} zonder boete-onderzoek. {participants} deelnemers in de verzuimaanpak: {considerations} maatregeloverwegingen, {sanctions} maatregelen. {open} inschrijvingen op werk.nl staan open.':
        '{total} signals, {closed} closed, {without} of them without a fine investigation. {participants} '
        'participants in the absence approach: {considerations} sanctions considered, {sanctions} sanctions. '
        '{open} werk.nl registrations are outstanding.',
    'Inschrijving verloopt binnenkort': 'Registration expires soon',
    'Inschrijving verlopen': 'Registration expired',
    'Schrijf de maand als 2026-11 (jaar-maand).': 'Write the month as 2026-11 (year-month).',
    'De inschrijfdatum ligt in de toekomst.': 'The registration date is in the future.',
    'De inschrijving verloopt na de inschrijfdatum.': 'The registration must expire after the registration date.',
    'Deze maand is nog niet begonnen.': 'This month has not started yet.',
    'Brieven en terugbellers bijhouden kan nog niet: de database mist die velden nog.':
        'Letters and call-backs cannot be tracked yet: the database does not have those fields yet.',
    'Inschrijving werk.nl': 'werk.nl registration',
    'Ook ingeschreven werkzoekenden en ontheffingen tonen': 'Also show registered clients and exemptions',
    'Ingeschreven op': 'Registered on',
    'Verloopt op': 'Expires on',
    'Brief verstuurd': 'Letter sent',
    'Teruggebeld': 'Called back',
    'verloopt op': 'expires on',
    'Inschrijving vastleggen': 'Record registration',
    'Ontheffing aan/uit': 'Exemption on/off',
    'Teruggebeld (vandaag)': 'Called back (today)',
    'Kan nog niet: de database mist deze velden nog.': 'Not possible yet: the database does not have these fields yet.',
    'UWV-lijst exporteren…': 'Export UWV list…',
    'Maand': 'Month',
    'Werkzoekenden met een lopende uitkering die niet (meer) als werkzoekende op werk.nl staan ingeschreven en geen ontheffing hebben.':
        'Clients with a running benefit who are not (or no longer) registered as jobseekers on werk.nl and have '
        'no exemption.',
    'Kies eerst een werkzoekende in de lijst.': 'Choose a client in the list first.',
    'Inschrijving vastgelegd.': 'Registration recorded.',
    'Ontheffing bijgewerkt.': 'Exemption updated.',
    'Terugbelactie vastgelegd.': 'Call-back recorded.',
    'UWV-lijst opslaan': 'Save UWV list',
    '{n} werkzoekenden op de UWV-lijst gezet: {file}': '{n} clients put on the UWV list: {file}',
    # -- import, export and demo data from the command line
    '--clients moet 1 of meer zijn.': '--clients must be 1 or more.',
    '{clients} werkzoekenden gemaakt met {conversations} gesprekken en {agreements} afspraken in {seconds:.1f} s; {pending} wijzigingen wachten op synchronisatie.':
        '{clients} clients created with {conversations} conversations and {agreements} agreements in '
        '{seconds:.1f} s; {pending} changes waiting for synchronisation.',
    '{n} werkzoekenden geschreven naar {file}.': '{n} clients written to {file}.',
    'Dossier geschreven naar {file}: {conversations} gesprekken, {agreements} afspraken, {events} logregels.':
        'Client file written to {file}: {conversations} conversations, {agreements} agreements, {events} log entries.',
    'UWV-lijst {month}: {n} werkzoekenden die kunnen worden uitgeschreven, geschreven naar {file}.':
        'UWV list {month}: {n} clients who can be deregistered, written to {file}.',
    'De map {folder} bestaat niet.': 'The directory {folder} does not exist.',
    '{file} is een map, geen bestand.': '{file} is a directory, not a file.',
    'In {folder} kan niet worden geschreven: {reason}': 'Cannot write in {folder}: {reason}',
    '{file} kan niet worden geschreven: {reason}': '{file} cannot be written: {reason}',
    'Geen werkzoekende met dit BSN in dit bestand.': 'No client with this BSN in this data file.',
    'Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet. Verbeter ze, of gebruik --skip-invalid om alleen de goede regels te importeren.':
        'Nothing was imported: {n} of the {rows} lines are not correct. Correct them, or use --skip-invalid to '
        'import only the correct lines.',
    'regel {line}, {column}: {message}': 'line {line}, {column}: {message}',
    'regel {line}: {message}': 'line {line}: {message}',
    '{n} geïmporteerd, {m} overgeslagen': '{n} imported, {m} skipped',
    '{file} is te groot voor een caseload (meer dan 50 MB).': '{file} is too large for a caseload (more than 50 MB).',
    'Het bestand {file} bestaat niet.': 'The file {file} does not exist.',
    '{file} kan niet worden gelezen: {reason}': '{file} cannot be read: {reason}',
    "{file} is opgeslagen als UTF-16 ('Unicode-tekst'), niet als UTF-8. Kies in Excel 'Opslaan als' > 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.":
        "{file} was saved as UTF-16 ('Unicode Text'), not as UTF-8. In Excel, choose 'Save As' > "
        "'CSV UTF-8 (Comma delimited)' and try again.",
    "{file} is geen CSV-bestand. Sla de spreadsheet op als 'CSV UTF-8' en probeer het opnieuw.":
        "{file} is not a CSV file. Save the spreadsheet as 'CSV UTF-8' and try again.",
    "{file} is niet in UTF-8 opgeslagen (fout bij byte {pos}). Kies in Excel 'Opslaan als' > 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.":
        "{file} was not saved in UTF-8 (error at byte {pos}). In Excel, choose 'Save As' > "
        "'CSV UTF-8 (Comma delimited)' and try again.",
    '{file} is geen leesbaar CSV-bestand.': '{file} is not a readable CSV file.',
    "deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde?":
        "this line has {n} fields, the header line {m}. Is there a '{d}' in a value?",
    'dit BSN staat ook op regel {other}.': 'this BSN is also on line {other}.',
    'er staat al iemand met dit BSN in de caseload.': 'someone with this BSN is already in the caseload.',
    '{file} bevat alleen een kopregel, geen werkzoekenden.': '{file} contains only a header line, no clients.',
    "{file} lijkt geen CSV-bestand met werkzoekenden: de eerste regel moet de kolomnamen bevatten, gescheiden door komma's of puntkomma's: {expected}.":
        "{file} does not look like a CSV file with clients: the first line must contain the column names, "
        "separated by commas or semicolons: {expected}.",
    # -- synchronisation
    '&Catalogus (instrumentenhuis)…': '&Catalogue of instruments (instrumentenhuis)…',
    '&Effectiviteit van instrumenten…': '&Effectiveness of instruments…',
    'Inschrijving &werk.nl…': 'werk.nl re&gistration…',
    'C&ijfers van het team…': '&Team figures…',
    '&Synchroniseren': '&Synchronise',
    'Nu &synchroniseren': '&Synchronise now',
    '&Conflicten…': '&Conflicts…',
    '&Geweigerde wijzigingen…': '&Refused changes…',
    '&Aanmelden bij de centrale opslag…': 'Sign &in to the central store…',
    'Conflicten bij synchroniseren': 'Conflicts while synchronising',
    'Iemand anders heeft hetzelfde veld ook gewijzigd. Nu staat de waarde van de centrale opslag erin. Kies per regel welke waarde moet blijven, of pas hem aan.':
        'Someone else changed the same field too. It now holds the value from the central store. For each line, '
        'choose which value should stay, or adjust it.',
    'Veld': 'Field',
    'Mijn waarde': 'My value',
    'Waarde centrale opslag': 'Central store value',
    'Mijn waarde houden': 'Keep my value',
    'Waarde centrale opslag houden': 'Keep central store value',
    'Aanpassen…': 'Adjust…',
    'Waarde aanpassen': 'Adjust value',
    'Geweigerde wijzigingen': 'Refused changes',
    'De centrale opslag heeft deze wijzigingen niet overgenomen. De reden staat erbij. Ze blijven hier staan tot u ze weghaalt.':
        'The central store did not accept these changes. The reason is shown with each. They stay here until you '
        'remove them.',
    'Velden': 'Fields',
    'Gelezen, weghalen': 'Read, remove',
    'Aanmelden bij de centrale opslag': 'Sign in to the central store',
    'het token dat u van de teamleider kreeg': 'the token you received from the team leader',
    'Adres': 'Address',
    'Gebruikersnaam': 'User name',
    'Token': 'Token',
    'Vul het adres (met http:// of https://), uw gebruikersnaam en het token in.':
        'Fill in the address (with http:// or https://), your user name and the token.',
    'De centrale opslag is niet bereikbaar. Controleer het adres en de verbinding.':
        'The central store cannot be reached. Check the address and the connection.',
    'Geef het adres van de centrale opslag met http:// of https://.':
        'Give the address of the central store with http:// or https://.',
    'Token: ': 'Token: ',
    'Er is geen token gegeven.': 'No token was given.',
    'De centrale opslag op {url} is niet bereikbaar.': 'The central store at {url} cannot be reached.',
    'Aangemeld als {user} bij {url}.': 'Signed in as {user} at {url}.',
    'Aanmelden is geweigerd: de naam of het token klopt niet.': 'Sign-in was refused: the name or the token is wrong.',
    'Aanmelden is mislukt ({code}).': 'Sign-in failed ({code}).',
    'Dit apparaat is nog niet aangemeld. Gebruik eerst: wijkdesk login --server URL --user NAAM --token-stdin':
        'This device has not been signed in yet. First use: wijkdesk login --server URL --user NAME --token-stdin',
    'Verstuurd: {pushed} (verwerkt {applied}, conflicten {conflicts}, geweigerd {rejected}); ontvangen: {pulled}, verwijderd: {removed}; {seconds:.2f} s.':
        'Sent: {pushed} (applied {applied}, conflicts {conflicts}, refused {rejected}); received: {pulled}, '
        'removed: {removed}; {seconds:.2f} s.',
    '{n} wijziging(en) zijn geweigerd; bekijk ze in Wijkdesk.': '{n} change(s) were refused; review them in Wijkdesk.',
    'Belpoging': 'Call attempt',
    'Logregel': 'Log entry',
    'De centrale opslag is niet bereikbaar. Uw werk blijft bewaard en gaat mee bij de volgende synchronisatie.':
        'The central store cannot be reached. Your work is kept and will be sent with the next synchronisation.',
    'Meld u opnieuw aan bij de centrale opslag. Uw wijzigingen blijven bewaard.':
        'Please sign in to the central store again. Your changes are kept.',
    'Dit apparaat is ingetrokken door de beheerder. De gegevens op dit apparaat zijn gewist.':
        'This device was revoked by the administrator. The data on this device has been erased.',
    'Deze versie van Wijkdesk is te oud om te synchroniseren. Werk Wijkdesk bij; uw wijzigingen blijven bewaard.':
        'This version of Wijkdesk is too old to synchronise. Please update Wijkdesk; your changes are kept.',
    'De centrale opslag weigerde het verzoek ({code}).': 'The central store refused the request ({code}).',
    'Synchroniseren (F5)': 'Synchronise (F5)',
    'nog niet': 'not yet',
    '{n} wijzigingen wachten': '{n} changes waiting',
    'alles verstuurd': 'everything sent',
    'Niet aangemeld bij de centrale opslag — {pending}': 'Not signed in to the central store — {pending}',
    'Online · laatst gesynchroniseerd {when} · {pending}': 'Online · last synchronised {when} · {pending}',
    'Synchroniseren…': 'Synchronising…',
    'Offline · laatst gesynchroniseerd {when} · {pending} · wordt opnieuw geprobeerd':
        'Offline · last synchronised {when} · {pending} · will try again',
    'Opnieuw aanmelden nodig · {pending}': 'Sign-in needed again · {pending}',
    'Wijkdesk bijwerken nodig om te synchroniseren · {pending}': 'Wijkdesk needs an update to synchronise · {pending}',
    'Apparaat ingetrokken': 'Device revoked',
    'Synchroniseren mislukt · {pending} · wordt opnieuw geprobeerd': 'Synchronisation failed · {pending} · will try again',
    '⚠ {n} conflicten': '⚠ {n} conflicts',
    '✖ {n} geweigerd': '✖ {n} refused',
    'Versturen… {done}/{total}': 'Sending… {done}/{total}',
    'Ontvangen… {done}': 'Receiving… {done}',
    # -- printing the conversation summary from the app
    'Verslag &afdrukken…': 'Pr&int summary…',
    'Kies eerst een gesprek in de lijst.': 'Choose a conversation in the list first.',
    'Verslag wordt gemaakt…': 'Making the summary…',
    'Verslag': 'Summary',
    'Afdrukvoorbeeld — verslag van het gesprek': 'Print preview — summary of the conversation',
    '&Afdrukken…': '&Print…',
    'Opslaan als &PDF…': '&Save as PDF…',
    'Sluiten': 'Close',
    "{n} pagina('s)": '{n} page(s)',
    'De printer kon niet worden gestart.': 'The printer could not be started.',
    'Verslag opslaan': 'Save summary',
    'PDF (*.pdf)': 'PDF (*.pdf)',
    # -- week: call-back reminders
    "Terugbellen": "Call back",
    "Signalen waarvoor een nieuwe belpoging gepland staat (telefoon eerst)":
        "Signals with a new call attempt planned (telephone first)",
    "Opnieuw bellen: {what}": "Call again: {what}",
    # -- refused changes explained
    "Deze werkzoekende hoort (niet meer) bij uw caseload; de wijziging is niet overgenomen.":
        "This client is not (or no longer) in your caseload; the change was not taken over.",
    "De centrale opslag kent dit gegeven niet. Werk Wijkdesk bij.":
        "The central store does not know this item. Please update Wijkdesk.",
    "Een waarde past niet bij wat de centrale opslag verwacht.": "A value does not fit what the central store expects.",
    "Dit wordt centraal bijgehouden en kan hier niet worden gewijzigd.":
        "This is maintained centrally and cannot be changed here.",
    "Deze wijziging is al eerder met een andere inhoud verstuurd.":
        "This change was sent before with different content.",
    "Een werkzoekende verhuist naar een andere begeleider via de teamleider (overdracht).":
        "A client moves to another coach through the team lead (a transfer).",
    "Dit bestaat niet (meer) in de centrale opslag.": "This does not exist (any more) in the central store.",
    "Als specialist kunt u alleen de voortgang en uw evaluatie van uw eigen inzet vastleggen.":
        "As a specialist you can only record the progress and your evaluation of your own placements.",
    "Dit mag u niet wijzigen.": "You may not change this.",
    # -- letters for the client (desktop/services/letters): B1 English, "you" throughout
    "een brief voor de werkzoekende": "a letter for the client",
    "de stap waar de brief bij hoort (signaal, verzuim of inzet)":
        "the step the letter belongs to (signal, absence or placement)",
    "heronderzoek: mee te nemen documenten, komma's ertussen": "re-examination: documents to bring, comma-separated",
    "Kenmerk": "Reference",
    "Onderwerp": "Subject",
    "{title} — brief van {date}": "{title} — letter of {date}",
    "Brief van Werk en Inkomen": "Letter from Work and Income",
    "Beste {name},": "Dear {name},",
    "Met vriendelijke groet,": "Kind regards,",
    "Uw vaste begeleider": "Your coach",
    "Werk en Inkomen, gemeente Rotterdam": "Work and Income, City of Rotterdam",
    "Vragen? Neem contact op": "Questions? Get in touch",
    "Bel uw begeleider op {phone}.": "Call your coach on {phone}.",
    "Bel de gemeente op 14 010 en vraag naar uw begeleider.": "Call the city on 14 010 and ask for your coach.",
    "Bent u het niet eens met dit besluit?": "Do you disagree with this decision?",
    "Dan kunt u bezwaar maken. Doe dat binnen 6 weken na de datum van deze brief.":
        "Then you can object. Do so within 6 weeks of the date of this letter.",
    "Uw bezwaar moet binnen zijn vóór {date}.": "We must receive your objection before {date}.",
    "Schrijf in een brief waarom u het niet eens bent. Zet uw naam, uw BSN en het kenmerk van deze brief erbij. "
    "Stuur de brief naar de gemeente Rotterdam. Uw begeleider helpt u als u dat wilt.":
        "Write in a letter why you disagree. Add your name, your BSN and the reference of this letter. "
        "Send the letter to the City of Rotterdam. Your coach will help you if you like.",
    "Uw uitkering is gestopt op {date}.": "Your benefit stopped on {date}.",
    "Ook nu kunt u bij ons terecht. Dat heet nazorg.": "You can still come to us. This is called aftercare.",
    "Uw begeleider blijft uw vaste contactpersoon tot en met {date}.":
        "Your coach stays your contact until and including {date}.",
    "Waar": "Where",
    "Waarmee kunnen wij helpen?": "What can we help with?",
    "Vragen over uw werk of uw contract.": "Questions about your work or your contract.",
    "Vragen over geld, toeslagen of schulden.": "Questions about money, allowances or debts.",
    "Het gaat niet goed op uw werk.": "Things are not going well at work.",
    "U heeft toch weer een uitkering nodig.": "You need a benefit again after all.",
    "Of stuur een e-mail. Ook als u twijfelt.": "Or send an e-mail. Also when you are not sure.",
    "Uw begeleider blijft er voor u": "Your coach is still there for you",
    "Wij willen met u praten over uw uitkering. Misschien is er iets veranderd dat u moet doorgeven.":
        "We would like to talk to you about your benefit. Maybe something changed that you need to tell us.",
    "Wij willen met u praten over een besluit over uw uitkering. Dat besluit kan gevolgen hebben voor uw inkomen.":
        "We would like to talk to you about a decision on your benefit. That decision may change your income.",
    "Wij willen met u praten over uw uitkering.": "We would like to talk to you about your benefit.",
    "Wij hebben geprobeerd u te bellen. Dat is niet gelukt.": "We tried to call you. We could not reach you.",
    "Wij belden u op": "We called you on",
    "Wij horen graag eerst uw kant van het verhaal. Daarom bellen wij u voordat wij iets besluiten.":
        "We want to hear your side of the story first. That is why we call you before we decide anything.",
    "Wat vragen wij van u?": "What do we ask of you?",
    "Bel ons terug vóór {date}.": "Call us back before {date}.",
    "Lukt bellen niet? Stuur dan een e-mail. Of kom langs op het wijkkantoor.":
        "Can you not call? Then send an e-mail. Or come to the neighbourhood office.",
    "Wat gebeurt er als u niet belt?": "What happens if you do not call?",
    "Dan kunnen wij uw kant van het verhaal niet horen. Wij besluiten dan met de gegevens die wij hebben. "
    "Dat willen wij liever niet.":
        "Then we cannot hear your side of the story. We then decide with the information we have. "
        "We would rather not do that.",
    "Wilt u ons terugbellen?": "Please call us back",
    "Op {date} was u niet bij: {activity}. Wij hebben daar met u over gepraat. Nu hebben wij een besluit genomen.":
        "On {date} you did not come to: {activity}. We talked with you about this. Now we have made a decision.",
    "Wat hebben wij besloten?": "What have we decided?",
    "1 maand": "1 month",
    "{n} maanden": "{n} months",
    "Wij verlagen uw uitkering {months} lang met {percent} procent.":
        "We lower your benefit by {percent} percent for {months}.",
    "Wij verlagen uw uitkering niet.": "We do not lower your benefit.",
    "Waarom?": "Why?",
    "Wat betekent dit voor uw inkomen?": "What does this mean for your income?",
    "U krijgt {months} lang {percent} procent minder uitkering. Op uw betaalspecificatie ziet u het bedrag.":
        "For {months} you get {percent} percent less benefit. Your payment statement shows the amount.",
    "Komt u hierdoor in geldproblemen? Neem dan contact op. Wij zoeken samen naar een oplossing.":
        "Does this cause you money problems? Then get in touch. We will look for a solution together.",
    "Uw uitkering blijft hetzelfde.": "Your benefit stays the same.",
    "Ons besluit over uw uitkering": "Our decision about your benefit",
    "Op {date} was u niet bij: {activity}.": "On {date} you did not come to: {activity}.",
    "U had dit niet van tevoren gemeld.": "You had not told us in advance.",
    "Wat overwegen wij?": "What are we considering?",
    "Wij denken erover om uw uitkering een tijd te verlagen. Dat heet een maatregel. Wij hebben nog niets besloten.":
        "We are thinking about lowering your benefit for a while. This is called a sanction. "
        "We have not decided anything yet.",
    "Met een uitkering doet u mee aan afspraken over werk. Dat staat in de Participatiewet. "
    "Deze afspraak bent u niet nagekomen.":
        "With a benefit you take part in appointments about work. The Participation Act says so. "
        "You did not keep this appointment.",
    "Vertel ons uw kant": "Tell us your side",
    "Misschien had u een goede reden. Dan houden wij daar rekening mee.":
        "Maybe you had a good reason. Then we will take it into account.",
    "Reageer vóór {date}.": "Respond before {date}.",
    "Of stuur uw begeleider een e-mail.": "Or send your coach an e-mail.",
    "Of kom langs op het wijkkantoor.": "Or come to the neighbourhood office.",
    "Of schrijf ons een brief.": "Or write us a letter.",
    "U mag iemand meenemen naar het gesprek. Bijvoorbeeld iemand uit uw familie of een vriend.":
        "You may bring someone to the meeting. For example a family member or a friend.",
    "Reageert u niet vóór {date}? Dan besluiten wij zonder uw kant te horen.":
        "If you do not respond before {date}, we will decide without hearing your side.",
    "Wij willen uw kant horen": "We want to hear your side",
    "U doet mee aan {instrument} van {provider}. In deze brief leest u waarom. En wat u samen wilt bereiken.":
        "You take part in {instrument} by {provider}. This letter tells you why. And what you want to achieve together.",
    "Begint op": "Starts on",
    "Duurt tot": "Lasts until",
    "Waarom dit traject?": "Why this programme?",
    "Dat bespreekt u met uw begeleider.": "You discuss this with your coach.",
    "Wat zijn de doelen?": "What are the goals?",
    "De doelen spreekt u af met uw jobcoach.": "You agree on the goals with your job coach.",
    "Uw jobcoach": "Your job coach",
    "Organisatie": "Organisation",
    "Uw jobcoach weet waarom u meedoet. Uw vaste begeleider blijft ook uw contactpersoon.":
        "Your job coach knows why you take part. Your coach also stays your contact.",
    "U hoort nog wie uw jobcoach wordt. Uw vaste begeleider blijft uw contactpersoon.":
        "We will tell you who your job coach will be. Your coach stays your contact.",
    "Uw traject: {instrument}": "Your programme: {instrument}",
    "Samen hebben wij gekeken naar wat u kunt en wat u wilt. Dat heet uw profiel. "
    "Hieronder leest u wat wij samen zagen.":
        "Together we looked at what you can do and what you want. This is called your profile. "
        "Below you can read what we saw together.",
    "Hier bent u goed in": "What you are good at",
    "Hier wilt u aan werken": "What you want to work on",
    "Wij geven een cijfer van 1 tot 5. Het doel is het cijfer dat u samen met uw begeleider koos.":
        "We give a score from 1 to 5. The goal is the score you chose together with your coach.",
    "{item}: nu {level}, doel {target}": "{item}: now {level}, goal {target}",
    "Dit werk past bij u": "Work that suits you",
    "Wat kan u helpen?": "What can help you?",
    "Deze trajecten passen bij uw profiel. U kiest samen met uw begeleider.":
        "These programmes fit your profile. You choose together with your coach.",
    "Van: {provider}.": "By: {provider}.",
    "Dit past bij u, want u werkt hieraan: {items}.": "This suits you, because you work on: {items}.",
    "Het duurt ongeveer {n} weken.": "It takes about {n} weeks.",
    "Op dit moment past er geen traject. Uw begeleider zoekt samen met u verder.":
        "No programme fits right now. Your coach will keep looking with you.",
    "Klopt er iets niet? Of wilt u meer weten? Neem dan contact op met uw begeleider.":
        "Is something not right? Or do you want to know more? Then get in touch with your coach.",
    "Uw profiel en wat bij u past": "Your profile and what suits you",
    "Uw identiteitsbewijs (paspoort, ID-kaart of verblijfsdocument)":
        "Your proof of identity (passport, ID card or residence document)",
    "Uw bankafschriften van de laatste maand": "Your bank statements of the last month",
    "Uw huurcontract of een brief over uw huur": "Your tenancy agreement or a letter about your rent",
    "Uw loonstroken van de laatste 3 maanden, als u werkt": "Your payslips of the last 3 months, if you work",
    "Brieven over uw toeslagen van de Belastingdienst": "Letters from the Tax Administration about your allowances",
    "Brieven over schulden of een betalingsregeling": "Letters about debts or a payment plan",
    "Wij bellen u om samen een dag en tijd te kiezen.": "We will call you to choose a day and time together.",
    "Wij willen graag met u praten over hoe het met u gaat. En of uw uitkering nog goed past bij uw situatie.":
        "We would like to talk with you about how you are doing. And whether your benefit still fits your situation.",
    "Dit gesprek heet een heronderzoek. Wij doen het met veel mensen met een uitkering. Het is een gewoon gesprek.":
        "This meeting is called a re-examination. We have it with many people on a benefit. "
        "It is an ordinary conversation.",
    "Wat neemt u mee?": "What do you bring?",
    "Meer hoeft u niet mee te nemen.": "You do not need to bring anything else.",
    "U hoeft geen papieren mee te nemen.": "You do not need to bring any papers.",
    "Past de dag of tijd niet? Of heeft u een vraag? Neem dan contact op.":
        "Does the day or time not suit you? Or do you have a question? Then get in touch.",
    "Uitnodiging voor een gesprek": "Invitation to a meeting",
    "U heeft een bijstandsuitkering. Daar horen rechten en plichten bij. In deze brief leest u wat u moet doorgeven. "
    "En hoe u dat doet.":
        "You receive social assistance. It comes with rights and duties. This letter tells you what you must "
        "tell us. And how you do that.",
    "Wat moet u doorgeven?": "What must you tell us?",
    "Geef alles door wat uw uitkering kan veranderen. Bijvoorbeeld:":
        "Tell us everything that may change your benefit. For example:",
    "U krijgt werk of ander inkomen.": "You get work or other income.",
    "Er komt iemand bij u wonen. Of er gaat iemand weg.": "Someone comes to live with you. Or someone leaves.",
    "U gaat verhuizen.": "You move house.",
    "U gaat naar het buitenland.": "You go abroad.",
    "U krijgt geld of iets van waarde. Bijvoorbeeld een erfenis of een auto.":
        "You get money or something of value. For example an inheritance or a car.",
    "U gaat studeren.": "You start studying.",
    "Wanneer geeft u het door?": "When do you tell us?",
    "Geef het zo snel mogelijk door. Twijfelt u? Geef het dan toch door. Dan kijken wij samen wat het betekent.":
        "Tell us as soon as you can. Not sure? Tell us anyway. Then we will look together at what it means.",
    "Hoe geeft u het door?": "How do you tell us?",
    "Of stuur een e-mail. U kunt het ook doorgeven op rotterdam.nl.":
        "Or send an e-mail. You can also tell us on rotterdam.nl.",
    "Schrijf op wanneer u het doorgaf. Bewaar een kopie als u die heeft.":
        "Write down when you told us. Keep a copy if you have one.",
    "Wat als u iets vergeet?": "What if you forget something?",
    "Dan krijgt u misschien te veel uitkering. Dat geld moet u dan terugbetalen. Wij bellen u eerst als wij vragen "
    "hebben. Kon u er niets aan doen? Dan krijgt u geen boete.":
        "Then you may get too much benefit. You must then pay that money back. We call you first if we have "
        "questions. Was it not your fault? Then you do not get a fine.",
    "Uw rechten": "Your rights",
    "U heeft een vaste begeleider.": "You have your own coach.",
    "U mag zien welke gegevens wij over u hebben.": "You may see what information we hold about you.",
    "U mag bezwaar maken tegen een besluit.": "You may object to a decision.",
    "U mag iemand meenemen naar een gesprek.": "You may bring someone to a meeting.",
    "Uw rechten en plichten": "Your rights and duties",
    "Ga naar www.werk.nl.": "Go to www.werk.nl.",
    "Kies 'Inschrijven als werkzoekende'.": "Choose 'Inschrijven als werkzoekende' (register as a job seeker).",
    "Log in met uw DigiD.": "Log in with your DigiD.",
    "Vul uw gegevens in. Dat duurt ongeveer 20 minuten.": "Fill in your details. This takes about 20 minutes.",
    "Klaar? Dan krijgt u een bevestiging. Bewaar die goed.": "Done? Then you get a confirmation. Keep it safe.",
    "U heeft een bijstandsuitkering. Dan moet u ingeschreven staan als werkzoekende op werk.nl. "
    "Wij zien dat u nog niet bent ingeschreven.":
        "You receive social assistance. Then you must be registered as a job seeker on werk.nl. "
        "We see that you are not registered yet.",
    "Schrijf u in vóór {date}.": "Register before {date}.",
    "Zo schrijft u zich in": "How to register",
    "Lukt het niet?": "Is it not working?",
    "Wij helpen u graag.": "We are happy to help.",
    "Kunt u zich niet inschrijven, bijvoorbeeld door uw gezondheid? Bel ons dan ook. Misschien hoeft het dan niet.":
        "Can you not register, for example because of your health? Then call us too. Maybe you do not have to.",
    "Schrijf u in op werk.nl": "Register on werk.nl",
    "U staat nog niet ingeschreven op werk.nl.": "You are not registered on werk.nl yet.",
    "Op {date} stuurden wij u een brief over werk.nl.": "On {date} we sent you a letter about werk.nl.",
    "U moet zich binnen 2 weken inschrijven op werk.nl.": "You must register on werk.nl within 2 weeks.",
    "Met een bijstandsuitkering zoekt u werk. Daarom moet u ingeschreven staan op werk.nl. "
    "Dat staat in de Participatiewet.":
        "With social assistance you look for work. That is why you must be registered on werk.nl. "
        "The Participation Act says so.",
    "Wat gebeurt er als u zich niet inschrijft?": "What happens if you do not register?",
    "Dan verlagen wij uw uitkering met {percent} procent. Dat heet een maatregel.":
        "Then we lower your benefit by {percent} percent. This is called a sanction.",
    "U mag eerst uw kant vertellen": "You may tell your side first",
    "Voordat wij een maatregel nemen, mag u ons uw kant vertellen. Dat heet horen. Bel of mail uw begeleider. "
    "Dan maken wij een afspraak.":
        "Before we take a sanction, you may tell us your side. This is called a hearing. Call or e-mail your "
        "coach. Then we make an appointment.",
    "Besluit: schrijf u in op werk.nl": "Decision: register on werk.nl",
    "Terugbelbrief (telefoon eerst)": "Call-back letter (telephone first)",
    "Inschrijven op werk.nl": "Registering on werk.nl",
    "Besluit: inschrijven op werk.nl binnen 2 weken": "Decision: register on werk.nl within 2 weeks",
    "Uitnodiging om gehoord te worden": "Invitation to be heard",
    "Besluit over een verzuim": "Decision about an absence",
    "Uitnodiging heronderzoek": "Re-examination invitation",
    "Rechten en plichten": "Rights and duties",
    "Profiel en passende instrumenten": "Profile and matching instruments",
    "Inzet: reden, doelen en jobcoach": "Placement: reason, goals and job coach",
    "Deze brief hoort bij één stap van één werkzoekende; die kunt u niet in een mailing sturen.":
        "This letter belongs to one step of one client; it cannot be sent in a mailing.",
    "Kies tussen 1 en {n} brieven tegelijk.": "Choose between 1 and {n} letters at a time.",
    "Voor geen van de gekozen werkzoekenden past deze brief.": "This letter fits none of the chosen clients.",
    "signaal van {date}": "signal of {date}",
    "Er is geen werkzoekende met BSN {bsn}.": "There is no client with BSN {bsn}.",
    "brief-{kind}-{date}.pdf": "letter-{kind}-{date}.pdf",
    "Een specialist kan geen brieven afdrukken.": "A specialist cannot print letters.",
    "Onbekende soort brief '{kind}'. Kies uit: {kinds}.": "Unknown kind of letter '{kind}'. Choose from: {kinds}.",
    "Dit signaal hoort niet bij deze werkzoekende.": "This signal does not belong to this client.",
    "Er is geen open signaal waar deze brief bij past.": "There is no open signal this letter fits.",
    "Er zijn meer open signalen; kies met --for welk signaal.": "There are several open signals; choose one with --for.",
    "Dit verzuim hoort niet bij deze werkzoekende.": "This absence does not belong to this client.",
    "Er is geen verzuim waar deze brief bij past.": "There is no absence this letter fits.",
    "Er is meer dan één verzuim waar deze brief bij past; kies met --for welk.":
        "This letter fits more than one absence; choose one with --for.",
    "Deze inzet hoort niet bij deze werkzoekende.": "This placement does not belong to this client.",
    "Er is geen inzet waar deze brief bij past.": "There is no placement this letter fits.",
    "Er is meer dan één inzet; kies met --for welke.": "There is more than one placement; choose one with --for.",
    "Telefoon eerst: deze brief kan pas na een belpoging die niet lukte.":
        "Telephone first: this letter can only follow a call attempt that failed.",
    "Deze werkzoekende hoeft zich niet in te schrijven.": "This client does not have to register.",
    "Deze werkzoekende staat al ingeschreven op werk.nl.": "This client is already registered on werk.nl.",
    "Stuur eerst de brief over inschrijven op werk.nl; dit besluit volgt daarna.":
        "First send the letter about registering on werk.nl; this decision comes after it.",
    "Over dit verzuim is nog geen besluit genomen.": "No decision has been made about this absence yet.",
    "Onbekend document '{doc}'. Kies uit: {docs}.": "Unknown document '{doc}'. Choose from: {docs}.",
    "Vul eerst in tot wanneer de nazorg loopt.": "First fill in until when the aftercare lasts.",
    "Het profiel is nog leeg; er is niets om te laten zien.": "The profile is still empty; there is nothing to show.",
    # -- letters in the app
    "Brief afdrukken…": "Print letter…",
    "De uitnodiging om gehoord te worden, of de brief met het besluit.":
        "The invitation to be heard, or the letter with the decision.",
    "Identiteitsbewijs": "Proof of identity",
    "Bankafschriften van de laatste maand": "Bank statements of the last month",
    "Huurcontract of brief over de huur": "Tenancy agreement or letter about the rent",
    "Loonstroken van de laatste 3 maanden": "Payslips of the last 3 months",
    "Brieven over toeslagen": "Letters about allowances",
    "Brieven over schulden": "Letters about debts",
    "Brief voor de werkzoekende": "Letter for the client",
    "Hoort bij": "Belongs to",
    "Meenemen": "To bring",
    "Soort brief": "Kind of letter",
    "&Voorbeeld…": "&Preview…",
    "Als verstuurd &markeren": "&Mark as sent",
    "De brief is op een andere manier verstuurd; leg alleen de datum vast.":
        "The letter was sent another way; only record the date.",
    "Brief vastgelegd als verstuurd.": "Letter recorded as sent.",
    "Mailing: {kind} — {n} brief/brieven": "Mailing: {kind} — {n} letter(s)",
    "Afdrukvoorbeeld — {what}": "Print preview — {what}",
    "Brief": "Letter",
    "Alleen wie een uitkering heeft of aanvraagt, moet ingeschreven staan op werk.nl.":
        "Only people who receive or apply for a benefit must be registered on werk.nl.",
    "Mailing": "Mailing",
    "Begin met een kleine groep; dan blijft de ondersteuning te doen.":
        "Start with a small group; then the support stays manageable.",
    "Hoogstens": "At most",
    "{n} van {total} werkzoekenden voor wie deze brief past, krijgen een brief.":
        "{n} of {total} clients this letter fits will get a letter.",
    "{n} brieven vastgelegd als verstuurd.": "{n} letters recorded as sent.",
    "&Brief afdrukken…": "Print &letter…",
    "PDF opslaan": "Save PDF",
    "Terugbelbrief afdrukken…": "Print call-back letter…",
    "Voorbeeld, afdrukken of opslaan; daarna staat de brief als verstuurd vastgelegd.":
        "Preview, print or save; then the letter is recorded as sent.",
    "Brieven maken…": "Make letters…",
    "Eén PDF met brieven voor wie nog niet is ingeschreven; hoogstens het aantal dat u kiest.":
        "One PDF with letters for those not registered yet; at most the number you choose.",
    "Een brief voor de werkzoekende met de reden, de doelen en de jobcoach.":
        "A letter for the client with the reason, the goals and the job coach.",
    "Het profiel in woorden voor de werkzoekende, met de instrumenten die passen en waarom.":
        "The profile in words for the client, with the instruments that fit and why.",
    "De brief voor de gekozen werkzoekende: eerst hoe u zich inschrijft, daarna het besluit met de termijn van 2 weken.":
        "The letter for the chosen client: first how to register, then the decision with its 2-week term.",
    # -- issue 13: access, transport, refused changes
    "Vul het adres (met https://), uw gebruikersnaam en het token in.":
        "Fill in the address (with https://), your user name and the token.",
    "Geef het adres van de centrale opslag met https://, bijvoorbeeld https://wijkdesk.rotterdam.nl.":
        "Give the address of the central store with https://, for example https://wijkdesk.rotterdam.nl.",
    "Een onbeveiligde verbinding (http://) wordt alleen naar deze computer gebruikt. Gebruik https:// voor de "
    "centrale opslag.": "An unencrypted connection (http://) is only used to this computer. Use https:// for the "
                        "central store.",
    "Het CA-bestand {path} bestaat niet.": "The CA file {path} does not exist.",
    "CA-certificaten (PEM) van de gemeente om de verbinding te controleren":
        "the municipality's CA certificates (PEM) to verify the connection",
    "Uw account is geblokkeerd. Neem contact op met de beheerder.":
        "Your account is disabled. Contact the administrator.",
    "Te veel mislukte aanmeldpogingen. Probeer het over {n} minuten opnieuw.":
        "Too many failed sign-in attempts. Try again in {n} minutes.",
    "geweigerde wijzigingen (met hun waarden) als JSON": "refused changes (with their values) as JSON",
    "{n} geweigerde wijziging(en) geschreven naar {file}.": "{n} refused change(s) written to {file}.",
    "U heeft geen toegang meer tot deze werkzoekende; de wijziging is niet overgenomen maar bewaard voor de "
    "nieuwe begeleider. Exporteer haar eventueel met: wijkdesk export refused.":
        "You no longer have access to this client; the change was not applied but kept for the new coach. "
        "You can export it with: wijkdesk export refused.",
    "Een werkzoekende hoort bij uw eigen team; een ander of onbekend team kan niet.":
        "A client belongs to your own team; another or unknown team is not possible.",
    # -- policy rules (sync/policy), shared with the central store
    "Kies ja, nee of onbekend.": "Choose yes, no or unknown.",
    "Schrijf in een notitie wat er speelt of wat nog onbekend is.":
        "Write in a note what is going on or what is still unknown.",
    "De maatregel is al overwogen; de omstandigheden zijn toen getoetst.":
        "The sanction has already been considered; the circumstances were checked then.",
    "Kies: gehoord, schriftelijke zienswijze of geen reactie.": "Choose: heard, written view or no response.",
    "{n} mislukte belpogingen die ten minste {gap} minuten uit elkaar liggen (nu {count})":
        "{n} failed call attempts at least {gap} minutes apart (now {count})",
    "belpogingen op ten minste {days} verschillende dagen (nu {count})":
        "call attempts on at least {days} different days (now {count})",
    "een brief verstuurd op of na de dag van de laatste belpoging ({day})":
        "a letter sent on or after the day of the last call attempt ({day})",
    "de wachttijd na de brief: dit kan vanaf {day}": "the waiting period after the letter: possible from {day}",
    "ten minste één belpoging": "at least one call attempt",
    "Een besluit dat het inkomen verandert legt u telefonisch uit. Nog nodig: {what}, of een geschreven reden "
    "waarom bellen niet kon.": "A decision that changes income is explained by phone. Still needed: {what}, or a "
                               "written reason why calling was impossible.",
    "Een besluit dat het inkomen verandert legt u telefonisch uit. Nog nodig: ten minste één belpoging.":
        "A decision that changes income is explained by phone. Still needed: at least one call attempt.",
    "Bij een besluit dat het inkomen verandert hoort geen waarschuwing of boete-onderzoek: leg het besluit uit.":
        "A decision that changes income gets no warning or fine investigation: explain the decision.",
    "Een besluit dat het inkomen verandert sluit u af met 'uitgelegd'.":
        "A decision that changes income is closed as 'explained'.",
    "'Uitgelegd' hoort bij een besluit dat het inkomen verandert.":
        "'Explained' belongs to a decision that changes income.",
    "Geen boete, tenzij…: de werkzoekende is bereikt en het is niet verwijtbaar. Een waarschuwing of "
    "boete-onderzoek kan niet meer.": "No fine, unless…: the client was reached and it is not culpable. A warning "
                                     "or fine investigation is no longer possible.",
    "Een afgesloten signaal heeft een resultaat met een reden.": "A closed signal has a result with a reason.",
    "Onbekend resultaat: {result}.": "Unknown result: {result}.",
    "Een belpoging kan alleen binnen {minutes} minuten worden ingetrokken, door wie haar vastlegde.":
        "A call attempt can only be withdrawn within {minutes} minutes, by whoever logged it.",
    "Het voordeurbezoek ligt voor het verzuim.": "The door visit lies before the absence.",
    "Het vervolggesprek is geen gehouden gesprek met deze werkzoekende.":
        "The follow-up conversation is not a held conversation with this client.",
    "Het vervolggesprek wordt gehouden na het voordeurbezoek. Nog nodig: eerst het voordeurbezoek.":
        "The follow-up conversation is held after the door visit. Still needed: the door visit first.",
    "Een maatregel overwegen kan pas na het voordeurbezoek, het vervolggesprek en de toets van de "
    "omstandigheden. Nog nodig: {what}.": "A sanction can only be considered after the door visit, the follow-up "
                                          "conversation and the check of circumstances. Still needed: {what}.",
    "De maatregeloverweging ligt voor het vervolggesprek.":
        "The sanction consideration lies before the follow-up conversation.",
    "Bij de uitnodiging om gehoord te worden hoort een reactietermijn na de uitnodiging.":
        "An invitation to be heard comes with a response deadline after the invitation.",
    "De uitkomst van het horen volgt op de uitnodiging.": "The outcome of the hearing follows the invitation.",
    "Schrijf de zienswijze van de werkzoekende op.": "Write down the client's view.",
    "Een maatregel kan pas na {what}.": "A sanction is only possible after {what}.",
    "Een besluit kan pas na de uitkomst van het horen of na de reactietermijn (tot en met {day}).":
        "A decision is only possible after the outcome of the hearing or after the response deadline "
        "(up to and including {day}).",
    "Het percentage van de maatregel ligt tussen {low} en {high}.":
        "The sanction's percentage lies between {low} and {high}.",
    "Een maatregel geldt 1 tot en met {high} maanden.": "A sanction lasts 1 to {high} months.",
    "Een afgesloten verzuim heeft een besluit.": "A closed absence has a decision.",
    "de toets van de omstandigheden (kinderen, schulden, wonen, gezondheid)":
        "the check of circumstances (children, debts, housing, health)",
    "een uitnodiging om gehoord te worden": "an invitation to be heard",
    "Uitgelegd": "Explained",
    "Deze belpoging bestaat niet (meer).": "This call attempt does not exist (any more).",
    # -- absences tab: circumstances and hearing
    "3. Omstandigheden toetsen": "3. Check the circumstances",
    "— kies —": "— choose —",
    "onbekend": "unknown",
    "Notitie (verplicht bij ja of onbekend)": "Note (required for yes or unknown)",
    "Omstandigheden vastleggen": "Record circumstances",
    "4. Maatregel overwegen, horen, besluiten": "4. Consider a sanction, hear, decide",
    "Zienswijze van de werkzoekende": "The client's view",
    "Uitkomst horen vastleggen": "Record the hearing's outcome",
    "Horen": "Hearing",
    "Kinderen in het huishouden": "Children in the household",
    "Schulden": "Debts",
    "Wonen in gevaar": "Housing at risk",
    "Gezondheid": "Health",
    "Gehoord": "Heard",
    "Schriftelijke zienswijze ontvangen": "Written view received",
    "Geen reactie": "No response",
    "Nu: de omstandigheden toetsen (kinderen, schulden, wonen, gezondheid), daarna de maatregel overwegen.":
        "Now: check the circumstances (children, debts, housing, health), then consider a sanction.",
    "Nu: de uitkomst van het horen; een maatregel kan na de uitkomst of na {date}.":
        "Now: the outcome of the hearing; a sanction is possible after the outcome or after {date}.",
    "Omstandigheden getoetst.": "Circumstances checked.",
    "Reactietermijn tot en met {date}.": "Response deadline up to and including {date}.",
    "Uitkomst horen: {outcome}. {view}": "Outcome of the hearing: {outcome}. {view}",
    "Omstandigheden vastgelegd.": "Circumstances recorded.",
    "Uitkomst van het horen vastgelegd.": "Outcome of the hearing recorded.",
    # -- werk.nl binding decision path (sync/policy/werknl.py)
    "Een bindende afspraak om in te schrijven op werk.nl kan pas na {what}.":
        "A binding decision to register at werk.nl is only possible after {what}.",
    "Een bindende afspraak heeft een termijn van ten minste {days} dagen.":
        "A binding decision has a deadline of at least {days} days.",
    "Een maatregel voor werk.nl kan pas na {what}.": "A werk.nl sanction is only possible after {what}.",
    "Een maatregel voor werk.nl kan pas na de termijn van de bindende afspraak (tot en met {day}).":
        "A werk.nl sanction is only possible after the binding decision's deadline (up to and including {day}).",
    "De werkzoekende schreef zich binnen de termijn in: geen maatregel.":
        "The client registered within the deadline: no sanction.",
    "De maatregel voor werk.nl is 1 tot en met {high} procent.": "The werk.nl sanction is 1 to {high} percent.",
    "Bij een verzoek om ontheffing horen wie belde, de reden en het besluit (toegekend of afgewezen).":
        "An exemption request records who called, the reason and the decision (granted or refused).",
    "een brief met uitleg en telefoonnummer": "a letter with instructions and a phone number",
    "telefonisch contact na de brief": "phone contact after the letter",
    "een bindende afspraak met termijn": "a binding decision with a deadline",
    "Vul in wie belde.": "Fill in who called.",
    "Schrijf de reden van het verzoek op.": "Write down the reason for the request.",
    "Kies: toegekend of afgewezen.": "Choose: granted or refused.",
    # -- issue 17: aftercare follows the benefit, the work-duty exemption, the contact rhythm
    "De nazorg loopt niet af voor het einde van de uitkering ({day}).":
        "Aftercare does not end before the benefit ends ({day}).",
    "Leg vast of het werk standhield (ja of nee) en op welke dag.":
        "Record whether the work lasted (yes or no) and on which day.",
    "Of het werk standhield legt u vast als de uitkering is beëindigd.":
        "Whether the work lasted is recorded once the benefit has ended.",
    "Of het werk standhield legt u vast aan het einde van de nazorg (vanaf {day}).":
        "Whether the work lasted is recorded at the end of aftercare (from {day}).",
    "Een herstart van de uitkering telt alleen binnen zes maanden na het vorige einde.":
        "A restart of the benefit only counts within six months of the previous end.",
    "De uitkering start opnieuw binnen zes maanden na het einde ({day}): leg de herstart vast (geen nieuwe "
    "zoektermijn van vier weken voor wie ouder is dan 27).":
        "The benefit restarts within six months of its end ({day}): record the restart (no new four-week search "
        "period for people over 27).",
    "Bij een herstart binnen zes maanden houdt de werkzoekende dezelfde klantmanager.":
        "A client whose benefit restarts within six months keeps the same coach.",
    "Een ontheffing van de arbeidsverplichting heeft een reden en een einddatum.":
        "An exemption from the work duty has a reason and an end date.",
    "De einddatum van de ontheffing ligt voor de begindatum.": "The exemption's end date is before its first day.",
    "De werkzoekende is ontheven van de arbeidsverplichting (tot en met {day}): geen bindende afspraak voor "
    "werk.nl.": "The client is exempt from the work duty (up to and including {day}): no werk.nl binding decision.",
    "De werkzoekende is ontheven van de arbeidsverplichting (tot en met {day}): geen maatregel voor werk.nl.":
        "The client is exempt from the work duty (up to and including {day}): no werk.nl sanction.",
    "Het contactritme is 1 tot en met 26 weken.": "The contact rhythm is 1 to 26 weeks.",
    "Laatste contact": "Last contact",
    "Langer geen contact dan het contactritme (elke {n} weken)": "No contact for longer than the contact rhythm "
                                                                 "(every {n} weeks)",
    "Nog geen contact gehad": "No contact yet",
    "nooit": "never",
    "Nog geen contact (ritme: elke {n} weken)": "No contact yet (rhythm: every {n} weeks)",
    "Langer dan {n} weken geen contact": "No contact for more than {n} weeks",
    "Leg vast of het werk standhield": "Record whether the work lasted",
    "Contact te lang geleden": "Contact too long ago",
    "Werk standgehouden?": "Did the work last?",
    "Werkzoekenden zonder gesprek binnen hun contactritme (standaard elke vier weken)":
        "Clients without a conversation within their contact rhythm (by default every four weeks)",
    "Afgelopen nazorg: leg vast of het werk standhield": "Aftercare ended: record whether the work lasted",
    "Contact elke … weken": "Contact every … weeks",
    "Ontheffing arbeidsplicht": "Work-duty exemption",
    "reden": "reason",
    "Ontheffing vanaf": "Exempt from",
    "Ontheffing tot en met": "Exempt up to and including",
    "herstart binnen zes maanden na {day}: geen nieuwe zoektermijn (27+)":
        "restarted within six months of {day}: no new search period (27+)",
    "ontheven van de arbeidsplicht tot en met {day}": "exempt from the work duty up to and including {day}",
    "werk hield stand na de nazorg": "the work lasted after aftercare",
    "werk hield geen stand na de nazorg": "the work did not last after aftercare",
    "De nazorg van {name} is afgelopen. Hield het werk stand?": "{name}'s aftercare has ended. Did the work last?",
    "Ja, het werk hield stand": "Yes, the work lasted",
    "Nee, het werk hield geen stand": "No, the work did not last",
    "Later": "Later",
    "informatieplicht nog nooit besproken": "duty to inform never discussed",
    "informatieplicht besproken op {day}": "duty to inform discussed on {day}",
    "Informatieplicht": "Duty to inform",
    "Informatieplicht besproken": "Duty to inform discussed",
    "Map rechten en plichten: niet": "Rights and duties folder: no",
    "Map rechten en plichten overhandigd": "Rights and duties folder handed over",
    "Map rechten en plichten besproken": "Rights and duties folder discussed",
    "De map rechten en plichten is overhandigd of besproken.":
        "The rights and duties folder is either handed over or discussed.",
    "De informatieplicht bespreekt u in een gehouden gesprek, niet in een afspraak die nog moet komen.":
        "The duty to inform is discussed in a conversation that took place, not in a meeting still to come.",
    "Kies: overhandigd of besproken.": "Choose: handed over or discussed.",
    "Informatieplicht nog nooit besproken": "Duty to inform never discussed",
    "Informatieplicht langer dan 12 maanden geleden": "Duty to inform more than 12 months ago",
    "Informatieplicht bespreken": "Discuss the duty to inform",
    "Werkzoekenden met wie de informatieplicht nooit of langer dan 12 maanden geleden is besproken":
        "Clients with whom the duty to inform was never discussed or more than 12 months ago",
    "Laatst besproken": "Last discussed",
    "Selectie voor heronderzoek vastleggen…": "Record the selection for re-examination…",
    "Selectie vastgelegd; de uitnodiging kan nu worden verstuurd.":
        "Selection recorded; the invitation can now be sent.",
    "Leg eerst vast wie dit heronderzoek selecteerde en waarom.":
        "First record who selected this re-examination and why.",
    "Bij een heronderzoek horen wie het selecteerde en waarom, in woorden (ten minste {n} woorden; geen score of "
    "model).": "A re-examination records who selected it and why, in words (at least {n} words; no score or model).",
    "Een uitnodiging voor een heronderzoek volgt op de selectie: leg eerst vast wie het selecteerde en waarom.":
        "An invitation to a re-examination follows the selection: first record who selected it and why.",
    "Heronderzoek: wie selecteerde het en waarom": "Re-examination: who selected it and why",
    "In woorden: wat in de situatie van de werkzoekende aanleiding geeft. Geen score, geen model.":
        "In words: what in the client's situation gives cause. No score, no model.",
    "Geselecteerd door": "Selected by",
    "Verwijs naar het wijkteam of naar VraagWijzer.": "Refer to the neighbourhood team or to VraagWijzer.",
    "Bij een verwijzing horen de reden en een datum om na te gaan hoe het ging, op of na de dag van verwijzen.":
        "A referral has the reason and a date to check how it went, on or after the day of the referral.",
    "Schrijf op hoe het ging met de verwijzing (na de dag van verwijzen).":
        "Write down how the referral went (after the day of the referral).",
    "Wijkteam": "Neighbourhood team",
    "VraagWijzer": "VraagWijzer",
    "Deze verwijzing bestaat niet (meer).": "This referral does not exist (any more).",
    "Verwijzing": "Referral",
    "nagaan op {day}": "check on {day}",
    "Verwijzing {to} nagaan": "Check the referral to {to}",
    "Verwijzing nagaan": "Check referrals",
    "Verwijzingen naar het wijkteam of VraagWijzer om na te gaan":
        "Referrals to the neighbourhood team or VraagWijzer to check on",
    "Nagaan op": "Check on",
    "Verwijzen": "Refer",
    "Waarom: waar kan het wijkteam of VraagWijzer bij helpen?": "Why: what can the neighbourhood team or VraagWijzer help with?",
    "Naar": "To",
    "Hoe ging de verwijzing van {name}?": "How did {name}'s referral go?",
    "&Verwijzen…": "&Refer…",
    "Herhaaldelijk afspraken gemist": "Repeatedly missed appointments",
    "Verplichtingen niet nagekomen": "Obligations not met",
    "Vaak ziek gemeld": "Frequently reported sick",
    "Kies uit de redenen in de lijst.": "Choose from the reasons in the list.",
    "Alleen de coördinator (teamleider) laat toe of sluit uit.":
        "Only the coordinator (team lead) admits or excludes.",
    "Kies: toelaten of uitsluiten.": "Choose: admit or exclude.",
    "Een voorstel voor de verzuimaanpak noemt de reden (afspraken gemist, verplichtingen niet nagekomen, vaak ziek "
    "gemeld) en een toelichting in woorden.": "A proposal for the absence approach names the reason (missed "
                                              "appointments, obligations not met, frequently reported sick) and an "
                                              "explanation in words.",
    "Bij toelaten of uitsluiten horen een voorstel, wie besliste, de datum en de reden (bijvoorbeeld ernstige "
    "belemmeringen).": "Admitting or excluding needs a proposal, who decided, the date and the reason (for "
                       "example serious impediments).",
    "De werkzoekende is ontheven van de arbeidsverplichting (tot en met {day}): geen verzuimaanpak.":
        "The client is exempt from the work duty (up to and including {day}): no absence approach.",
    "Waardering": "Rating",
    "Welk cijfer geeft {name} de begeleiding (1 tot en met 5)?": "Which mark does {name} give the support (1 to 5)?",
    "Opmerking (mag leeg):": "Remark (may be empty):",
    "Opmerking van de werkzoekende (mag leeg)": "The client's remark (may be empty)",
    "Een opmerking van de werkzoekende hoort bij een waardering.": "A remark from the client goes with a rating.",
    "De waardering aan het einde van de nazorg hoort bij de vraag of het werk standhield.":
        "The rating at the end of aftercare goes with recording whether the work lasted.",
    "<b>Nog niet herkend door de werkzoekende:</b> {items}. Bespreek dit profiel eerst samen; de werkzoekende "
    "beslist.": "<b>Not (yet) recognised by the client:</b> {items}. Discuss this profile together first; the "
                "client decides.",
    # -- werk.nl view: binding decision path
    "Bindende afspraak tot": "Binding decision until",
    "Nagebeld (vandaag)": "Phoned (today)",
    "Nabellen vastgelegd.": "Phone follow-up recorded.",
    "Bindende afspraak (vandaag)": "Binding decision (today)",
    "Bindende afspraak vastgelegd.": "Binding decision recorded.",
    "Maatregel na de termijn": "Sanction after the deadline",
    "Maatregel vastgelegd.": "Sanction recorded.",
    # -- signals tab: withdrawing an attempt, income decisions
    "Belpoging intrekken": "Withdraw call attempt",
    "Een per ongeluk vastgelegde belpoging: alleen door wie haar vastlegde, binnen enkele minuten. Het "
    "intrekken wordt gelogd.": "A call attempt logged by mistake: only by whoever logged it, within a few "
                               "minutes. The withdrawal is logged.",
    "Alleen als bellen niet kon: waarom niet?": "Only if calling was impossible: why not?",
    "Bellen kon niet": "Calling was impossible",
    "Belpoging ingetrokken.": "Call attempt withdrawn.",
    # -- issue 15: the inbox, caseload attention columns, who changed a conflicting value, specialist search
    "Open\nsignalen": "Open\nsignals",
    "Open\nverzuim": "Open\nabsences",
    "%n open signalen (telefoon eerst)": ("%n open signal (telephone first)", "%n open signals (telephone first)"),
    "%n keer verzuim nog niet afgehandeld": ("%n absence not yet dealt with", "%n absences not yet dealt with"),
    "Gewijzigd door": "Changed by",
    "<b>{field}</b> van {what}<br>Mijn waarde: {mine}<br>Waarde centrale opslag (gewijzigd door {who}, gemeld op "
    "{when}): {theirs}": "<b>{field}</b> of {what}<br>My value: {mine}<br>Central store's value (changed by {who}, "
                         "reported on {when}): {theirs}",
    "een collega": "a colleague",
    "Instrument\n(aanbieder)": "Instrument\n(provider)",
    "Werk /\nopleiding": "Work /\neducation",
    "Vervolg /\ngeen": "Next /\nnone",
    "Ervaring\nwerkzoekende": "Rating\nclient",
    "Ervaring\nbegeleider": "Rating\nsupervisor",
    "Ervaring\nwerkgever": "Rating\nemployer",
    "Ontwik-\nkeling": "Develop-\nment",
    "Zoek op naam of instrument": "Search by name or instrument",
    "Zoeken in uw inzetten": "Search your placements",
    "Lopend en voorgesteld": "Running and proposed",
    "Voorgesteld": "Proposed",
    "Status van de inzet": "Status of the placement",
    "Geen inzetten in deze lijst.": "No placements in this list.",
    "Geen inzetten die passen bij de zoekopdracht of de status.": "No placements match the search or the status.",
    "Nog geen volgende belpoging: {what}": "No next call attempt yet: {what}",
    "Hoortermijn verstreken: leg de uitkomst vast of besluit ({what})":
        "Hearing deadline passed: record the outcome or decide ({what})",
    "Hoortermijn loopt af ({what})": "Hearing deadline ends ({what})",
    "Voordeurbezoek laten doen ({what})": "Arrange a door visit ({what})",
    "Vervolggesprek over verzuim ({what})": "Follow-up conversation about the absence ({what})",
    "Maatregel overwegen ({what})": "Consider a sanction ({what})",
    "Omstandigheden nagaan ({what})": "Check the circumstances ({what})",
    "Horen aanbieden of besluiten ({what})": "Offer a hearing or decide ({what})",
    "Later deze week": "Later this week",
    "Afspraken te laat": "Agreements overdue",
    "Afspraken deze week klaar": "Agreements due this week",
    "Signalen zonder volgende belpoging": "Signals without a next call attempt",
    "Verzuim: volgende stap of hoortermijn": "Absence: next step or hearing deadline",
    "Open signalen zonder geplande belpoging: plan er een": "Open signals without a planned call attempt: plan one",
    "Open verzuim met een stap voor u, of een hoortermijn die deze week afloopt of al verstreken is":
        "Open absences with a step for you, or a hearing deadline that ends this week or has passed",
    "Niets bij: {groups}": "Nothing in: {groups}",
    "Open signalen: terugbellen gepland of nog geen belpoging gepland; dezelfde telling als in de cijfers":
        "Open signals: a call-back planned or no call attempt planned yet; the same count as in the figures",
    "%n ouder dan 30 dagen": ("%n older than 30 days", "%n older than 30 days"),
    # -- issue 15: records you can trust, screens that fit
    "%n langer dan 30 dagen te laat": ("%n overdue for more than 30 days", "%n overdue for more than 30 days"),
    "Gesprekken met werkzoekenden vandaag": "Meetings with clients today",
    "Gesprekken later deze week": "Meetings later this week",
    "%n gesprekken deze week": ("%n meeting this week", "%n meetings this week"),
    "%n afspraken te laat": ("%n agreement overdue", "%n agreements overdue"),
    "Gesprek &plannen…": "&Plan a meeting…",
    "Gesprek plannen": "Plan a meeting",
    "Gepland gesprek bewerken": "Edit planned meeting",
    "Gepland gesprek": "Planned meeting",
    "Datum en tijd": "Date and time",
    "Samenvatting voor de werkzoekende": "Summary for the client",
    "Interne notities": "Internal notes",
    "Volgend gesprek": "Next meeting",
    "Wat is afgesproken": "What was agreed",
    "Datum status": "Status date",
    "Gedeeld met specialisten": "Shared with specialists",
    "Volgend gesprek: {when}": "Next meeting: {when}",
    "Geen gesprek gepland": "No meeting planned",
    "%n open afspraken": ("%n open agreement", "%n open agreements"),
    "%n te laat": ("%n overdue", "%n overdue"),
    "%n open signalen": ("%n open signal", "%n open signals"),
    "%n open verzuimmeldingen": ("%n open absence", "%n open absences"),
    "laatste contact %n dagen geleden": ("last contact %n day ago", "last contact %n days ago"),
    "nog geen gesprek gehad": "no conversation yet",
    "met --demo: open de demo als de begeleider (standaard) of als de specialist":
        "with --demo: open the demo as the coach (default) or as the specialist",
    "De datum {text} bestaat niet: een jaar heeft 12 maanden.": "The date {text} does not exist: a year has 12 months.",
    "De datum {text} bestaat niet: die maand heeft {days} dagen.": "The date {text} does not exist: that month has {days} days.",
    "%n wijzigingen wachten": ("%n change waiting", "%n changes waiting"),
    "Niet gesynchroniseerd — %n wijzigingen wachten": ("Not synced — %n change waiting", "Not synced — %n changes waiting"),
    "⚠ %n conflicten": ("⚠ %n conflict", "⚠ %n conflicts"),
    "✖ %n geweigerd": ("✖ %n refused", "✖ %n refused"),
    "%n regels": ("%n line", "%n lines"),
    "%n pagina's": ("%n page", "%n pages"),
    "%n inzetten waarbij u betrokken bent": ("%n placement you are engaged in", "%n placements you are engaged in"),
    "%n instrumenten ingelezen.": ("%n instrument imported.", "%n instruments imported."),
    "%n open afspraken voorbij de afgesproken datum": ("%n open agreement past its due date",
                                                     "%n open agreements past their due date"),
    "Geen werkzoekenden in deze lijst.": "No clients in this list.",
    "%n verborgen door het filter — alles tonen": ("%n hidden by the filter — show all",
                                                  "%n hidden by the filter — show all"),
    "Niemand gevonden voor “{query}”.": "Nobody found for “{query}”.",
    "Nog geen gesprekken. Leg er een vast met ‘Nieuw gesprek…’ (Ctrl+Shift+N) of plan er een.":
        "No conversations yet. Record one with ‘New conversation…’ (Ctrl+Shift+N) or plan one.",
    "Nog geen afspraken met deze werkzoekende.": "No agreements with this client yet.",
    "Niets te tonen: er is nog niets vastgelegd, of de vinkjes hierboven verbergen alles.":
        "Nothing to show: nothing has been recorded yet, or the boxes above hide everything.",
    "&Help": "&Help",
    "&Sneltoetsen": "&Keyboard shortcuts",
    "&Over Wijkdesk": "&About Wijkdesk",
    "Over Wijkdesk": "About Wijkdesk",
    "Sneltoetsen": "Keyboard shortcuts",
    "Toets": "Keys",
    "<b>Wijkdesk</b> {version}<br>Voor vaste begeleiders in de wijkteams van Rotterdam: caseload, gesprekken en "
    "afspraken, profiel, signalen en verzuim — ook offline.<br>De gegevens staan versleuteld op deze computer en "
    "worden met de centrale opslag gesynchroniseerd.":
        "<b>Wijkdesk</b> {version}<br>For the job coaches in Rotterdam's neighbourhood teams: caseload, "
        "conversations and agreements, profile, signals and absence — offline too.<br>The data is encrypted on "
        "this computer and synced with the central store.",
    "Vanuit het zoekvak: naar de eerste gevonden werkzoekende / die openen":
        "From the search box: to the first client found / open them",
    "Zoekvak leegmaken": "Clear the search box",
    "Gegevens opslaan": "Save the details",
    "Nieuw gesprek vastleggen": "Record a new conversation",
    "Verslag van het gekozen gesprek afdrukken": "Print the summary of the selected conversation",
    "Brief afdrukken": "Print a letter",
    "Volgend / vorig tabblad van de werkzoekende": "Next / previous tab of the client",
    "Tabblad 1 tot 7 van de werkzoekende": "Tab 1 to 7 of the client",
    "Mijn week tonen of verbergen": "Show or hide My week",
    "Nu synchroniseren": "Sync now",
    "Deze lijst": "This list",
    "Dit dossier is bij het synchroniseren gewijzigd. Uw wijzigingen zijn nog niet opgeslagen; sla ze op of "
    "maak ze ongedaan om de nieuwe gegevens te zien.":
        "This file was changed by a sync. Your changes are not saved yet; save them, or undo them to see the "
        "new data.",
    "Bijgewerkt na synchroniseren: dit zijn de nieuwste gegevens.": "Updated after a sync: this is the latest data.",
    "Gemeld op": "Reported on",
    "<b>{field}</b> van {what}<br>Mijn waarde: {mine}<br>Waarde centrale opslag (door een collega gewijzigd, "
    "gemeld op {when}): {theirs}":
        "<b>{field}</b> of {what}<br>My value: {mine}<br>Central store's value (changed by a colleague, "
        "reported on {when}): {theirs}",
    "Het geplande gesprek heeft plaatsgevonden: leg het vast": "The planned meeting took place: record it",
    "Dit gesprek staat pas op {date}: vastleggen kan op of na die dag.":
        "This meeting is not until {date}: it can be recorded on or after that day.",
    "Kies de datum waarop dit klaar moet zijn.": "Choose the date by which this must be done.",
    "Schrijf op wat er besproken is, of leg een afspraak vast.": "Write down what was discussed, or record an agreement.",
    "Dit gesprek staat gepland op {date}. U kunt het vastleggen op of na die dag.":
        "This meeting is planned for {date}. You can record it on or after that day.",
}

# (context, Dutch) -> English where one Dutch word means different things.
EN_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Conversations", "Nazorg"): "Aftercare",
    ("Timeline", "Afspraak"): "Agreement",
    ("ConversationDialog", "Afspraak bewerken"): "Edit meeting",
}


def fill(path: Path = TS) -> list[tuple[str, str]]:
    """Write every known translation into the .ts file; return (context, source) still missing."""
    tree = ET.parse(path)
    missing: list[tuple[str, str]] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            english = EN_BY_CONTEXT.get((name, source)) or EN.get(source)
            if english is None:
                if not (tr.text or "").strip() or tr.get("type") == "unfinished":
                    missing.append((name, source))
                continue
            if msg.get("numerus") == "yes":  # a %n message: (singular, plural) forms
                forms = english if isinstance(english, tuple) else (english, english)
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = english if isinstance(english, str) else english[-1]
            tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


# Dutch is the source language, but a count needs its singular too: these %n texts get a Dutch
# translation file of their own (wijkdesk_nl.ts, only the numerus messages).
NL_PLURALS: dict[str, tuple[str, str]] = {
    "%n langer dan 30 dagen te laat": ("%n langer dan 30 dagen te laat", "%n langer dan 30 dagen te laat"),
    "%n gesprekken deze week": ("%n gesprek deze week", "%n gesprekken deze week"),
    "%n afspraken te laat": ("%n afspraak te laat", "%n afspraken te laat"),
    "%n open afspraken": ("%n open afspraak", "%n open afspraken"),
    "%n te laat": ("%n te laat", "%n te laat"),
    "%n open signalen": ("%n open signaal", "%n open signalen"),
    "%n open verzuimmeldingen": ("%n open verzuimmelding", "%n open verzuimmeldingen"),
    "laatste contact %n dagen geleden": ("laatste contact %n dag geleden", "laatste contact %n dagen geleden"),
    "%n wijzigingen wachten": ("%n wijziging wacht", "%n wijzigingen wachten"),
    "Niet gesynchroniseerd — %n wijzigingen wachten": ("Niet gesynchroniseerd — %n wijziging wacht",
                                                       "Niet gesynchroniseerd — %n wijzigingen wachten"),
    "⚠ %n conflicten": ("⚠ %n conflict", "⚠ %n conflicten"),
    "✖ %n geweigerd": ("✖ %n geweigerd", "✖ %n geweigerd"),
    "%n regels": ("%n regel", "%n regels"),
    "%n pagina's": ("%n pagina", "%n pagina's"),
    "%n inzetten waarbij u betrokken bent": ("%n inzet waarbij u betrokken bent",
                                             "%n inzetten waarbij u betrokken bent"),
    "%n instrumenten ingelezen.": ("%n instrument ingelezen.", "%n instrumenten ingelezen."),
    "%n open afspraken voorbij de afgesproken datum": ("%n open afspraak voorbij de afgesproken datum",
                                                       "%n open afspraken voorbij de afgesproken datum"),
    "%n ouder dan 30 dagen": ("%n ouder dan 30 dagen", "%n ouder dan 30 dagen"),
    "%n open signalen (telefoon eerst)": ("%n open signaal (telefoon eerst)", "%n open signalen (telefoon eerst)"),
    "%n keer verzuim nog niet afgehandeld": ("%n keer verzuim nog niet afgehandeld",
                                             "%n keer verzuim nog niet afgehandeld"),
    "%n verborgen door het filter — alles tonen": ("%n verborgen door het filter — alles tonen",
                                                  "%n verborgen door het filter — alles tonen"),
}
TS_NL = TS.with_name("wijkdesk_nl.ts")


def write_dutch_plurals(source: Path = TS, target: Path = TS_NL) -> list[tuple[str, str]]:
    """wijkdesk_nl.ts: the numerus messages of `source` with their Dutch singular and plural."""
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="nl_NL")
    missing: list[tuple[str, str]] = []
    for ctx in ET.parse(source).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        plurals = [m for m in ctx.iter("message") if m.get("numerus") == "yes"]
        if not plurals:
            continue
        out_ctx = ET.SubElement(root, "context")
        ET.SubElement(out_ctx, "name").text = name
        for msg in plurals:
            src = msg.findtext("source") or ""
            forms = NL_PLURALS.get(src)
            if forms is None:
                missing.append((name, src))
                forms = (src, src)
            out = ET.SubElement(out_ctx, "message", numerus="yes")
            ET.SubElement(out, "source").text = src
            tr = ET.SubElement(out, "translation")
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    with target.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


def main(argv: list[str]) -> int:
    missing = fill() + write_dutch_plurals()
    for ctx, source in missing:
        print(f"untranslated [{ctx}] {source!r}", file=sys.stderr)
    if missing and "--check" in argv:
        return 1
    print(f"{TS.name}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
