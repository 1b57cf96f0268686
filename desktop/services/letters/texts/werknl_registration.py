"""werknl-registration: how to register on werk.nl, step by step, and a phone number for help."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach


def steps(translate: Translate) -> list[str]:
    return [
        translate("LetterWerknl", "Ga naar www.werk.nl."),
        translate("LetterWerknl", "Kies 'Inschrijven als werkzoekende'."),
        translate("LetterWerknl", "Log in met uw DigiD."),
        translate("LetterWerknl", "Vul uw gegevens in. Dat duurt ongeveer 20 minuten."),
        translate("LetterWerknl", "Klaar? Dan krijgt u een bevestiging. Bewaar die goed."),
    ]


def compose(c: Context, translate: Translate) -> Body:
    blocks = [
        ("p", translate("LetterWerknl", "U heeft een bijstandsuitkering. Dan moet u ingeschreven staan als "
                        "werkzoekende op werk.nl. Wij zien dat u nog niet bent ingeschreven.")),
        ("box", translate("LetterWerknl", "Schrijf u in vóór {date}.").format(date=c.date(c.data["register_by"]))),
        ("h", translate("LetterWerknl", "Zo schrijft u zich in")),
        ("ol", steps(translate)),
        ("h", translate("LetterWerknl", "Lukt het niet?")),
        ("p", call_coach(c, translate) + " " + translate("LetterWerknl", "Wij helpen u graag.")),
        ("p", translate("LetterWerknl", "Kunt u zich niet inschrijven, bijvoorbeeld door uw gezondheid? "
                        "Bel ons dan ook. Misschien hoeft het dan niet.")),
    ]
    return Body(translate("LetterWerknl", "Schrijf u in op werk.nl"), blocks)
