"""Fixed texts of the printed conversation summary, per language of the *client*.

The summary is written for the client, so its language follows `Client.preferred_language`,
not the language of the app. That is why these texts do not go through `desktop.i18n`:
the coach may run the app in Dutch and print an English summary. Plain language (B1).

Dates are written with our own month and weekday names, never through the OS locale
(which may be missing or different on a wijk office laptop).
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
WEEKDAYS = {  # Monday first, as date.weekday()
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "org": "Gemeente Rotterdam — Werk en Inkomen",
        "title": "Verslag van ons gesprek",
        "subject": "Verslag van een gesprek met Werk en Inkomen",
        "for": "Voor",
        "date": "Datum",
        "place": "Plaats",
        "with": "Gesprek met",
        "talked": "Waar hebben we over gepraat?",
        "no_summary": "Er is nog geen samenvatting van dit gesprek geschreven.",
        "agreed": "Wat hebben we afgesproken?",
        "col_what": "Wat",
        "col_who": "Wie",
        "col_when": "Wanneer klaar",
        "no_agreements": "Deze keer hebben we niets nieuws afgesproken.",
        "no_due": "geen datum",
        "done": "(al gedaan)",
        "party_client": "U",
        "party_coach": "Uw begeleider",
        "party_specialist": "Uw jobcoach",
        "next": "Wanneer zien we elkaar weer?",
        "next_none": "We maken nog een nieuwe afspraak.",
        "contact": "Vragen? Neem contact op",
        "your_coach": "Uw vaste begeleider",
        "phone": "Telefoon",
        "email": "E-mail",
        "reachable": "Bereikbaar",
        "no_coach": "Bel de gemeente Rotterdam op 14 010 en vraag naar uw begeleider.",
        "wrong": "Klopt er iets niet in dit verslag? Bel of mail uw begeleider. Dan passen we het aan.",
        "page": "Pagina {page} van {total}",
        "footer": "Verslag van ons gesprek van {date}",
        "time": "{hh:02d}:{mm:02d} uur",
        "at": "{date}, {time}",
        "channel_phone": "Telefonisch",
        "channel_video": "Videogesprek",
        "channel_home": "Bij u thuis",
        "channel_in_person": "",
        "filename": "verslag-gesprek-{date}.pdf",
    },
    "en": {
        "org": "City of Rotterdam — Work and Income",
        "title": "Summary of our conversation",
        "subject": "Summary of a conversation with Work and Income",
        "for": "For",
        "date": "Date",
        "place": "Place",
        "with": "Conversation with",
        "talked": "What did we talk about?",
        "no_summary": "No summary of this conversation has been written yet.",
        "agreed": "What did we agree?",
        "col_what": "What",
        "col_who": "Who",
        "col_when": "Done by",
        "no_agreements": "We did not agree on anything new this time.",
        "no_due": "no date",
        "done": "(already done)",
        "party_client": "You",
        "party_coach": "Your coach",
        "party_specialist": "Your job coach",
        "next": "When do we meet again?",
        "next_none": "We will make a new appointment.",
        "contact": "Questions? Get in touch",
        "your_coach": "Your coach",
        "phone": "Phone",
        "email": "E-mail",
        "reachable": "Available",
        "no_coach": "Call the City of Rotterdam on 14 010 and ask for your coach.",
        "wrong": "Is something in this summary not right? Call or e-mail your coach. We will correct it.",
        "page": "Page {page} of {total}",
        "footer": "Summary of our conversation of {date}",
        "time": "{hh:02d}:{mm:02d}",
        "at": "{date} at {time}",
        "channel_phone": "By phone",
        "channel_video": "Video call",
        "channel_home": "At your home",
        "channel_in_person": "",
        "filename": "conversation-summary-{date}.pdf",
    },
}


def language_of(preferred: str | None) -> str:
    """The language to print in: the client's own if we have texts for it, else Dutch."""
    lang = (preferred or "").strip().lower()[:2]
    return lang if lang in TEXTS else DEFAULT_LANGUAGE


def text(lang: str, key: str) -> str:
    return TEXTS[lang][key]


def format_date(lang: str, day: date, *, weekday: bool = False) -> str:
    """'26 november 2026' (nl) / '26 November 2026' (en); with weekday 'donderdag 26 november 2026'."""
    out = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[lang][day.weekday()]} {out}" if weekday else out


def format_time(lang: str, moment: datetime) -> str:
    return TEXTS[lang]["time"].format(hh=moment.hour, mm=moment.minute)


def format_moment(lang: str, moment: datetime) -> str:
    """'donderdag 26 november 2026, 10:00 uur' / 'Thursday 26 November 2026 at 10:00'."""
    return TEXTS[lang]["at"].format(date=format_date(lang, moment.date(), weekday=True),
                                    time=format_time(lang, moment))
