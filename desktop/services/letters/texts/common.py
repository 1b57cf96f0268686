"""Texts every letter shares: labels of the letter head, greeting, closing, objection (bezwaar)."""

from __future__ import annotations

from datetime import timedelta

from ..language import Translate
from ..model import Block, Context

OBJECTION_WEEKS = 6


def labels(translate: Translate) -> dict[str, str]:
    return {
        "date": translate("Letter", "Datum"),
        "reference": translate("Letter", "Kenmerk"),
        "bsn": translate("Letter", "BSN"),
        "page_footer": translate("Letter", "{title} — brief van {date}"),
        "subject": translate("Letter", "Brief van Werk en Inkomen"),
    }


def greeting_for(name: str, translate: Translate) -> str:
    return translate("Letter", "Beste {name},").format(name=name)


def closing_lines(coach_name: str | None, translate: Translate) -> list[str]:
    lines = [translate("Letter", "Met vriendelijke groet,")]
    if coach_name:
        lines.append(coach_name)
        lines.append(translate("Letter", "Uw vaste begeleider"))
    else:
        lines.append(translate("Letter", "Werk en Inkomen, gemeente Rotterdam"))
    return lines


def contact_heading(translate: Translate) -> str:
    return translate("Letter", "Vragen? Neem contact op")


def call_coach(c: Context, translate: Translate) -> str:
    """'Bel uw begeleider op 010 …' or, without a phone number, the municipality's."""
    if c.coach_phone:
        return translate("Letter", "Bel uw begeleider op {phone}.").format(phone=c.coach_phone)
    return translate("Letter", "Bel de gemeente op 14 010 en vraag naar uw begeleider.")


def objection(c: Context, translate: Translate) -> list[Block]:
    """How to object (bezwaar), within six weeks of the letter's date."""
    until = c.letter_date + timedelta(weeks=OBJECTION_WEEKS)
    return [
        ("h", translate("Letter", "Bent u het niet eens met dit besluit?")),
        ("p", translate("Letter", "Dan kunt u bezwaar maken. Doe dat binnen 6 weken na de datum van deze brief.")),
        ("box", translate("Letter", "Uw bezwaar moet binnen zijn vóór {date}.").format(date=c.date(until))),
        ("p", translate("Letter", "Schrijf in een brief waarom u het niet eens bent. Zet uw naam, uw BSN en "
                                  "het kenmerk van deze brief erbij. Stuur de brief naar de gemeente Rotterdam. "
                                  "Uw begeleider helpt u als u dat wilt.")),
    ]
