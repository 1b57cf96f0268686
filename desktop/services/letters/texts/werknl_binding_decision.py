"""werknl-binding-decision: register within 2 weeks, what happens otherwise, your right to be heard."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach, objection
from .werknl_registration import steps

SANCTION_PERCENT = 30  # seed 003: "een maatregel van 30%"


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    intro = [translate("LetterWerknlDecision", "U staat nog niet ingeschreven op werk.nl.")]
    if d.get("first_letter_on"):
        intro.insert(0, translate("LetterWerknlDecision", "Op {date} stuurden wij u een brief over werk.nl.")
                     .format(date=c.date(d["first_letter_on"])))
    blocks = [
        ("p", " ".join(intro)),
        ("h", translate("LetterWerknlDecision", "Wat hebben wij besloten?")),
        ("p", translate("LetterWerknlDecision", "U moet zich binnen 2 weken inschrijven op werk.nl.")),
        ("box", translate("LetterWerknlDecision", "Schrijf u in vóór {date}.").format(date=c.date(d["register_by"]))),
        ("h", translate("LetterWerknlDecision", "Waarom?")),
        ("p", translate("LetterWerknlDecision", "Met een bijstandsuitkering zoekt u werk. Daarom moet u "
                        "ingeschreven staan op werk.nl. Dat staat in de Participatiewet.")),
        ("h", translate("LetterWerknlDecision", "Zo schrijft u zich in")),
        ("ol", steps(translate)),
        ("h", translate("LetterWerknlDecision", "Wat gebeurt er als u zich niet inschrijft?")),
        ("p", translate("LetterWerknlDecision", "Dan verlagen wij uw uitkering met {percent} procent. "
                        "Dat heet een maatregel.").format(percent=SANCTION_PERCENT)),
        ("h", translate("LetterWerknlDecision", "U mag eerst uw kant vertellen")),
        ("p", translate("LetterWerknlDecision", "Voordat wij een maatregel nemen, mag u ons uw kant vertellen. "
                        "Dat heet horen. Bel of mail uw begeleider. Dan maken wij een afspraak.")),
        ("p", call_coach(c, translate)),
        *objection(c, translate),
    ]
    return Body(translate("LetterWerknlDecision", "Besluit: schrijf u in op werk.nl"), blocks, formal=True)
