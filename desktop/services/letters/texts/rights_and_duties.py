"""rights-and-duties: what to tell the municipality and how (the duty to inform, seed 000)."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach


def compose(c: Context, translate: Translate) -> Body:
    blocks = [
        ("p", translate("LetterRightsDuties", "U heeft een bijstandsuitkering. Daar horen rechten en plichten "
                        "bij. In deze brief leest u wat u moet doorgeven. En hoe u dat doet.")),
        ("h", translate("LetterRightsDuties", "Wat moet u doorgeven?")),
        ("p", translate("LetterRightsDuties", "Geef alles door wat uw uitkering kan veranderen. Bijvoorbeeld:")),
        ("ul", [
            translate("LetterRightsDuties", "U krijgt werk of ander inkomen."),
            translate("LetterRightsDuties", "Er komt iemand bij u wonen. Of er gaat iemand weg."),
            translate("LetterRightsDuties", "U gaat verhuizen."),
            translate("LetterRightsDuties", "U gaat naar het buitenland."),
            translate("LetterRightsDuties", "U krijgt geld of iets van waarde. Bijvoorbeeld een erfenis of een auto."),
            translate("LetterRightsDuties", "U gaat studeren."),
        ]),
        ("h", translate("LetterRightsDuties", "Wanneer geeft u het door?")),
        ("p", translate("LetterRightsDuties", "Geef het zo snel mogelijk door. Twijfelt u? Geef het dan toch door. "
                        "Dan kijken wij samen wat het betekent.")),
        ("h", translate("LetterRightsDuties", "Hoe geeft u het door?")),
        ("p", call_coach(c, translate) + " " + translate(
            "LetterRightsDuties", "Of stuur een e-mail. U kunt het ook doorgeven op rotterdam.nl.")),
        ("p", translate("LetterRightsDuties", "Schrijf op wanneer u het doorgaf. Bewaar een kopie als u die heeft.")),
        ("h", translate("LetterRightsDuties", "Wat als u iets vergeet?")),
        ("p", translate("LetterRightsDuties", "Dan krijgt u misschien te veel uitkering. Dat geld moet u dan "
                        "terugbetalen. Wij bellen u eerst als wij vragen hebben. Kon u er niets aan doen? "
                        "Dan krijgt u geen boete.")),
        ("h", translate("LetterRightsDuties", "Uw rechten")),
        ("ul", [
            translate("LetterRightsDuties", "U heeft een vaste begeleider."),
            translate("LetterRightsDuties", "U mag zien welke gegevens wij over u hebben."),
            translate("LetterRightsDuties", "U mag bezwaar maken tegen een besluit."),
            translate("LetterRightsDuties", "U mag iemand meenemen naar een gesprek."),
        ]),
    ]
    return Body(translate("LetterRightsDuties", "Uw rechten en plichten"), blocks)
