"""Validation and normalisation of Dutch personal data: BSN, postcode, dates, names."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime

from desktop.i18n import translate
from sync.uwv import sort_key  # noqa: F401 - shared with the central store's UWV list

POSTCODE_RE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
# Letters Dutch postcodes never use as a pair.
POSTCODE_FORBIDDEN = {"SA", "SD", "SS"}
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 \-()]{7,18}$")


class FieldError(ValueError):
    """A single field's value is invalid; the message is for the user."""


def bsn_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def normalize_bsn(value: str) -> str:
    """Return a valid 9-digit BSN or raise FieldError (checksum: the 11-test; 8 digits get a leading zero)."""
    raw = (value or "").strip().replace(" ", "").replace(".", "").replace("-", "")
    if not raw:
        raise FieldError(translate("Validation", "Het BSN is verplicht."))
    if not raw.isdigit():
        raise FieldError(translate("Validation", "Een BSN bestaat alleen uit cijfers."))
    if len(raw) == 8:
        raw = "0" + raw
    if len(raw) != 9:
        raise FieldError(translate("Validation", "Een BSN heeft 9 cijfers (of 8, dan komt er een 0 voor)."))
    if raw == "000000000" or not bsn_checksum_ok(raw):
        raise FieldError(translate("Validation", "Dit is geen geldig BSN. Controleer de cijfers."))
    return raw


def normalize_postcode(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    m = POSTCODE_RE.match(value)
    if not m or m.group(2).upper() in POSTCODE_FORBIDDEN:
        raise FieldError(translate("Validation", "Een postcode ziet eruit als 1234 AB."))
    return f"{m.group(1)} {m.group(2).upper()}"


def parse_date(value: str | date | None, *, required: bool = False) -> date | None:
    """Accept a date, `YYYY-MM-DD` or `DD-MM-YYYY` (also with / or .)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        if required:
            raise FieldError(translate("Validation", "Deze datum is verplicht."))
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    impossible = impossible_date(text)
    if impossible:
        raise FieldError(impossible)
    raise FieldError(translate("Validation", "Schrijf een datum als 2024-03-31 of 31-03-2024."))


_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def impossible_date(text: str) -> str | None:
    """A date written the right way that is not in the calendar ("31-02-1990"): say so, specifically."""
    m = _DAY_FIRST.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
    elif m := _YEAR_FIRST.match(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        return None
    if not 1 <= month <= 12:
        return translate("Validation", "De datum {text} bestaat niet: een jaar heeft 12 maanden.").format(text=text)
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    return translate("Validation", "De datum {text} bestaat niet: die maand heeft {days} dagen.").format(text=text, days=days)


def check_birth_date(value: date | None, today: date) -> date | None:
    if value is None:
        return None
    if value > today:
        raise FieldError(translate("Validation", "Een geboortedatum kan niet in de toekomst liggen."))
    if value.year < today.year - 120:
        raise FieldError(translate("Validation", "Deze geboortedatum is te lang geleden."))
    return value


def clean_name(value: str | None, *, required: bool, max_len: int = 100) -> str | None:
    text = unicodedata.normalize("NFC", " ".join((value or "").split()))
    if not text:
        if required:
            raise FieldError(translate("Validation", "Dit veld is verplicht."))
        return None
    if len(text) > max_len:
        raise FieldError(translate("Validation", "Dit is te lang (hoogstens {n} tekens).").format(n=max_len))
    if any(ch.isdigit() for ch in text) or any(unicodedata.category(ch).startswith("C") for ch in text):
        raise FieldError(translate("Validation", "Een naam bevat geen cijfers of stuurtekens."))
    return text


def clean_prefix(value: str | None) -> str | None:
    """Tussenvoegsel: kept lower case as written in the middle of a name ("van der")."""
    text = clean_name(value, required=False, max_len=30)
    return text.lower() if text else None


def clean_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not EMAIL_RE.match(text) or len(text) > 200:
        raise FieldError(translate("Validation", "Dit is geen geldig e-mailadres."))
    return text


def clean_phone(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not PHONE_RE.match(text):
        raise FieldError(translate("Validation", "Dit is geen geldig telefoonnummer."))
    return text


def display_name(first: str, prefix: str | None, last: str) -> str:
    """'Jan van den Berg' — how a name is written in a sentence."""
    return " ".join(p for p in (first, prefix, last) if p)


def sort_name(first: str, prefix: str | None, last: str) -> str:
    """'Berg, Jan van den' — Dutch lists sort on the last name, not on the tussenvoegsel."""
    tail = " ".join(p for p in (first, prefix) if p)
    return f"{last}, {tail}" if tail else last


def fold(text: str) -> str:
    """Lower case without accents, for searching ('celik' finds 'Çelik')."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
