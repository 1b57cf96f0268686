"""The monthly UWV deregistration list (seed 003), one format for the desktop (`export_uwv`, one caseload)
and the central store (`wijkdesk-server export uwv`, the whole municipality). The columns are documented in
desktop/services/werknl.py.

A client is on the list for month M when the benefit ended in M (status ended or aftercare, end date in M and
not after today) and a werk.nl registration is known; nobody else's BSN is sent (data minimisation)."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import IO

UWV_COLUMNS = ("bsn", "achternaam", "tussenvoegsel", "voornaam", "geboortedatum", "einde_uitkering",
               "ingeschreven_sinds", "reden_afmelding", "gemeente")
UWV_REASON = "uitkering beëindigd"
MUNICIPALITY = "Rotterdam"
ENDED = ("ended", "aftercare")


def sort_key(first: str, prefix: str | None, last: str) -> str:
    """Case- and accent-insensitive key for sorting on the last name ('Çelik' near 'Celik')."""
    text = f"{last}\x00{first}\x00{prefix or ''}"
    if text.isascii():  # most names: no accents to strip
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def safe(text: str) -> str:
    """A name cell that a spreadsheet would read as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def on_list(benefit_status: str | None, benefit_end: date | None, registered_on: date | None,
            first: date, last: date) -> bool:
    """Whether a client belongs on the list of the month first..last (`last` already capped at today)."""
    return (benefit_status in ENDED and benefit_end is not None and first <= benefit_end <= last
            and registered_on is not None)


def row(bsn: str, last_name: str, name_prefix: str | None, first_name: str, date_of_birth: date | None,
        benefit_end: date | None, registered_on: date | None) -> list[str]:
    def iso(d: date | None) -> str:
        return d.isoformat() if d else ""

    return [bsn, safe(last_name), safe(name_prefix or ""), safe(first_name), iso(date_of_birth), iso(benefit_end),
            iso(registered_on), UWV_REASON, MUNICIPALITY]


def write(fh: IO[str], rows: Iterable[list[str]]) -> None:
    """The list as the file holds it (the caller opens it with a BOM, privately)."""
    w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
    w.writerow(UWV_COLUMNS)
    w.writerows(rows)
