"""hearing-invitation: what we are considering, why, by when you can respond and how."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    what = translate("LetterHearing", "Op {date} was u niet bij: {activity}.").format(
        date=c.date(d["missed_on"]), activity=d["activity"])
    if not d["notified"]:
        what += " " + translate("LetterHearing", "U had dit niet van tevoren gemeld.")
    reply_by = c.date(d["reply_by"])
    blocks = [
        ("p", what),
        ("h", translate("LetterHearing", "Wat overwegen wij?")),
        ("p", translate("LetterHearing", "Wij denken erover om uw uitkering een tijd te verlagen. "
                        "Dat heet een maatregel. Wij hebben nog niets besloten.")),
        ("h", translate("LetterHearing", "Waarom?")),
        ("p", translate("LetterHearing", "Met een uitkering doet u mee aan afspraken over werk. "
                        "Dat staat in de Participatiewet. Deze afspraak bent u niet nagekomen.")),
        ("h", translate("LetterHearing", "Vertel ons uw kant")),
        ("p", translate("LetterHearing", "Misschien had u een goede reden. Dan houden wij daar rekening mee.")),
        ("box", translate("LetterHearing", "Reageer vóór {date}.").format(date=reply_by)),
        ("ul", [call_coach(c, translate),
                translate("LetterHearing", "Of stuur uw begeleider een e-mail."),
                translate("LetterHearing", "Of kom langs op het wijkkantoor."),
                translate("LetterHearing", "Of schrijf ons een brief.")]),
        ("p", translate("LetterHearing", "U mag iemand meenemen naar het gesprek. "
                        "Bijvoorbeeld iemand uit uw familie of een vriend.")),
        ("p", translate("LetterHearing", "Reageert u niet vóór {date}? Dan besluiten wij zonder uw kant "
                        "te horen.").format(date=reply_by)),
    ]
    return Body(translate("LetterHearing", "Wij willen uw kant horen"), blocks)
