"""decision: what was decided about an absence, why, what it means for your income, how to object."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach, objection


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    sanction = d["decision"] == "sanction"
    blocks = [
        ("p", translate("LetterDecision", "Op {date} was u niet bij: {activity}. Wij hebben daar met u over "
                        "gepraat. Nu hebben wij een besluit genomen.").format(
                            date=c.date(d["missed_on"]), activity=d["activity"])),
        ("h", translate("LetterDecision", "Wat hebben wij besloten?")),
    ]
    if sanction:
        months = (translate("LetterDecision", "1 maand") if d["months"] == 1 else
                  translate("LetterDecision", "{n} maanden").format(n=d["months"]))
        blocks.append(("box", translate("LetterDecision", "Wij verlagen uw uitkering {months} lang met {percent} "
                                        "procent.").format(months=months, percent=d["percentage"])))
    else:
        blocks.append(("box", translate("LetterDecision", "Wij verlagen uw uitkering niet.")))
    blocks += [
        ("h", translate("LetterDecision", "Waarom?")),
        ("p", d["reason"]),
        ("h", translate("LetterDecision", "Wat betekent dit voor uw inkomen?")),
    ]
    if sanction:
        blocks += [
            ("p", translate("LetterDecision", "U krijgt {months} lang {percent} procent minder uitkering. "
                            "Op uw betaalspecificatie ziet u het bedrag.").format(
                                months=months, percent=d["percentage"])),
            ("p", translate("LetterDecision", "Komt u hierdoor in geldproblemen? Neem dan contact op. "
                            "Wij zoeken samen naar een oplossing.") + " " + call_coach(c, translate)),
        ]
    else:
        blocks.append(("p", translate("LetterDecision", "Uw uitkering blijft hetzelfde.")))
    blocks += objection(c, translate)
    return Body(translate("LetterDecision", "Ons besluit over uw uitkering"), blocks, formal=True)
