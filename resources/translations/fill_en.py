"""Fill the English translations into wijkdesk_en.ts from the dictionary below.

Usage (after `make lupdate`, before `make lrelease`):

    .venv/bin/python resources/translations/fill_en.py            # fills, lists what is still missing
    .venv/bin/python resources/translations/fill_en.py --check    # exit 1 when anything is unfinished

Dutch is the source language. Add new strings to EN (source -> English); when one Dutch text
needs a different English text in one context, put it in EN_BY_CONTEXT[(context, source)].
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("wijkdesk_en.ts")

EN: dict[str, str] = {
    # -- app start-up and crashes
    "Er ging iets mis in Wijkdesk. Wat u had opgeslagen is bewaard; wat nog niet was opgeslagen, kan "
    "verloren zijn.\n\nDe technische gegevens staan in het logbestand:\n{path}\n\nMeld dit bij de servicedesk.":
        "Something went wrong in Wijkdesk. What you had saved is safe; what was not saved yet may be "
        "lost.\n\nThe technical details are in the log file:\n{path}\n\nPlease report this to the service desk.",
    "Wachtwoord om de gegevens te openen:": "Passphrase to open the data:",
    "Dit systeem heeft geen beveiligde sleutelbos.\nKies een wachtwoord (minstens 8 tekens) om de gegevens "
    "te versleutelen:": "This system has no secure keyring.\nChoose a passphrase (at least 8 characters) "
                         "to encrypt the data:",
    "Typ het wachtwoord nog een keer:": "Type the passphrase once more:",
    "De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.": "The two passphrases differ. Please try again.",
    # -- caseload list
    "Naam": "Name",
    "Leeftijd": "Age",
    "Status": "Status",
    "Volgende afspraak": "Next meeting",
    "Open afspraken": "Open agreements",
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
    "Kies een wachtwoord van minstens 8 tekens.": "Choose a passphrase of at least 8 characters.",
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
    "Dit BSN klopt niet (elfproef).": "This BSN is not valid (eleven test).",
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
            tr.text = english
            tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


def main(argv: list[str]) -> int:
    missing = fill()
    for ctx, source in missing:
        print(f"untranslated [{ctx}] {source!r}", file=sys.stderr)
    if missing and "--check" in argv:
        return 1
    print(f"{TS.name}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
