"""placement: the reason and goals of a placement (inzet) and the specialist's contact."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    blocks = [
        ("p", translate("LetterPlacement", "U doet mee aan {instrument} van {provider}. In deze brief leest u "
                        "waarom. En wat u samen wilt bereiken.").format(
                            instrument=d["instrument"], provider=d["provider"])),
    ]
    facts = []
    if d.get("start"):
        facts.append((translate("LetterPlacement", "Begint op"), c.date(d["start"])))
    if d.get("end"):
        facts.append((translate("LetterPlacement", "Duurt tot"), c.date(d["end"])))
    if facts:
        blocks.append(("facts", facts))
    blocks.append(("h", translate("LetterPlacement", "Waarom dit traject?")))
    blocks.append(("p", d["reason"] or translate("LetterPlacement", "Dat bespreekt u met uw begeleider.")))
    blocks.append(("h", translate("LetterPlacement", "Wat zijn de doelen?")))
    if d["goals"]:
        blocks.append(("ul", list(d["goals"])))
    else:
        blocks.append(("p", translate("LetterPlacement", "De doelen spreekt u af met uw jobcoach.")))
    blocks.append(("h", translate("LetterPlacement", "Uw jobcoach")))
    spec = d.get("specialist")
    if spec:
        rows = [(translate("LetterPlacement", "Naam"), spec["name"])]
        if spec.get("organisation"):
            rows.append((translate("LetterPlacement", "Organisatie"), spec["organisation"]))
        if spec.get("phone"):
            rows.append((translate("LetterPlacement", "Telefoon"), spec["phone"]))
        if spec.get("email"):
            rows.append((translate("LetterPlacement", "E-mail"), spec["email"]))
        blocks.append(("facts", rows))
        blocks.append(("p", translate("LetterPlacement", "Uw jobcoach weet waarom u meedoet. "
                                      "Uw vaste begeleider blijft ook uw contactpersoon.")))
    else:
        blocks.append(("p", translate("LetterPlacement", "U hoort nog wie uw jobcoach wordt. "
                                      "Uw vaste begeleider blijft uw contactpersoon.")))
    return Body(translate("LetterPlacement", "Uw traject: {instrument}").format(instrument=d["instrument"]),
                blocks)
