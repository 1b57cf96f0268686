"""contact-attempt: we tried to call you, please call back (the letter of "Geen boete, tenzij…")."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    topic = {
        "duty_to_inform": translate("LetterContactAttempt", "Wij willen met u praten over uw uitkering. "
                                    "Misschien is er iets veranderd dat u moet doorgeven."),
        "income_decision": translate("LetterContactAttempt", "Wij willen met u praten over een besluit over "
                                     "uw uitkering. Dat besluit kan gevolgen hebben voor uw inkomen."),
    }.get(d["signal_kind"], translate("LetterContactAttempt", "Wij willen met u praten over uw uitkering."))
    calls = "\n".join(c.moment(at) for at in d["attempts"])
    blocks = [
        ("p", translate("LetterContactAttempt", "Wij hebben geprobeerd u te bellen. Dat is niet gelukt.")),
    ]
    if calls:
        blocks.append(("facts", [(translate("LetterContactAttempt", "Wij belden u op"), calls)]))
    blocks += [
        ("p", topic),
        ("p", translate("LetterContactAttempt", "Wij horen graag eerst uw kant van het verhaal. "
                        "Daarom bellen wij u voordat wij iets besluiten.")),
        ("h", translate("LetterContactAttempt", "Wat vragen wij van u?")),
        ("box", translate("LetterContactAttempt", "Bel ons terug vóór {date}.").format(date=c.date(d["reply_by"]))),
        ("p", call_coach(c, translate)),
        ("p", translate("LetterContactAttempt", "Lukt bellen niet? Stuur dan een e-mail. "
                        "Of kom langs op het wijkkantoor.")),
        ("h", translate("LetterContactAttempt", "Wat gebeurt er als u niet belt?")),
        ("p", translate("LetterContactAttempt", "Dan kunnen wij uw kant van het verhaal niet horen. "
                        "Wij besluiten dan met de gegevens die wij hebben. Dat willen wij liever niet.")),
    ]
    return Body(translate("LetterContactAttempt", "Wilt u ons terugbellen?"), blocks)
