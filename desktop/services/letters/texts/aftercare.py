"""aftercare: your coach stays your contact until DATE (nazorg, seed 001)."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    blocks = []
    if d.get("benefit_end"):
        blocks.append(("p", translate("LetterAftercare", "Uw uitkering is gestopt op {date}.").format(
            date=c.date(d["benefit_end"]))))
    blocks += [
        ("p", translate("LetterAftercare", "Ook nu kunt u bij ons terecht. Dat heet nazorg.")),
        ("box", translate("LetterAftercare", "Uw begeleider blijft uw vaste contactpersoon tot en met {date}.")
         .format(date=c.date(d["aftercare_until"]))),
        ("h", translate("LetterAftercare", "Waarmee kunnen wij helpen?")),
        ("ul", [
            translate("LetterAftercare", "Vragen over uw werk of uw contract."),
            translate("LetterAftercare", "Vragen over geld, toeslagen of schulden."),
            translate("LetterAftercare", "Het gaat niet goed op uw werk."),
            translate("LetterAftercare", "U heeft toch weer een uitkering nodig."),
        ]),
        ("p", call_coach(c, translate) + " " + translate("LetterAftercare", "Of stuur een e-mail. Ook als u twijfelt.")),
    ]
    return Body(translate("LetterAftercare", "Uw begeleider blijft er voor u"), blocks)
