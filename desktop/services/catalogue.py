"""The instrumentenhuis on the desktop: browse and filter the catalogue; read it from a CSV file.

The catalogue CSV is parsed by `sync.catalogue_csv` (the one parser, shared with the central store's
`wijkdesk-server instruments import`); `parse_instrument_csv` is the desktop's door to it: messages in
the chosen language, problems as `RowError`, an unusable file as `TransferError`.

Columns (UTF-8, comma or semicolon; the header names them, in any order):
  code, name, provider, description, target_codes, min_age, max_age, duration_weeks, places_left, active
`target_codes` are taxonomy codes separated by spaces; an empty `places_left` means no limit;
`active` is ja/nee (also yes/no, true/false, 1/0), empty = ja.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import Instrument
from sync.catalogue_csv import (
    COLUMNS,
    REQUIRED_COLUMNS,
    CatalogueFileError,
    InstrumentRow,
    instrument_id,
    parse_instruments,
    split_codes,
)

from . import audit
from .context import Actor
from .errors import NotFound
from .taxonomy import DEMO_INSTRUMENTS_CSV, TaxonomyService, load_defaults
from .transfer import ImportResult, RowError, TransferError, read_text

PROVIDERS = ("W&I", "Rotterdam Inclusief", "Jongerenloket", "Prestatie010")


@dataclass(frozen=True)
class InstrumentData(InstrumentRow):
    id: str = ""


@dataclass
class ParsedCatalogue:
    rows: list[tuple[int, InstrumentRow]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    lines: int = 0  # data lines read (empty lines not counted)


# --- parsing ------------------------------------------------------------------------------------


def parse_instrument_csv(text: str, known_codes: Collection[str] | None = None,
                         file_label: str = "") -> ParsedCatalogue:
    """Check every line; each problem is reported with its line number (header = line 1) and column.

    `known_codes` is the taxonomy: target codes outside it are an error (None = do not check).
    Raises TransferError when the file as a whole is unusable (no header, missing columns).
    """
    try:
        parsed = parse_instruments(text, known_codes, file_label, translate)
    except CatalogueFileError as exc:
        raise TransferError(str(exc)) from exc
    return ParsedCatalogue(rows=parsed.rows, errors=[RowError(e.line, e.column, e.message) for e in parsed.errors],
                           lines=parsed.lines)


# --- the local catalogue ------------------------------------------------------------------------


def _data(i: Instrument) -> InstrumentData:
    return InstrumentData(id=i.id, code=i.code, name=i.name, provider=i.provider, description=i.description,
                          target_codes=split_codes(i.target_codes), min_age=i.min_age, max_age=i.max_age,
                          duration_weeks=i.duration_weeks, places_left=i.places_left, active=i.active)


def _apply(s: Session, rows: Iterable[InstrumentRow]) -> tuple[int, int]:
    """Insert new codes, update known ones. Returns (created, updated)."""
    existing = {i.code: i for i in s.scalars(select(Instrument))}
    created = updated = 0
    for r in rows:
        values = r.record()
        del values["code"]
        current = existing.get(r.code)
        if current is None:
            s.add(Instrument(id=instrument_id(r.code), code=r.code, **values))
            created += 1
        else:
            for k, v in values.items():
                setattr(current, k, v)
            current.deleted_at = None
            updated += 1
    return created, updated


def import_instruments(db: Database, actor: Actor, path: Path) -> ImportResult:
    """All or nothing: with any invalid line, nothing is imported (the errors say which lines)."""
    text = read_text(path)
    parsed = parse_instrument_csv(text, TaxonomyService(db).codes(), str(path))
    result = ImportResult(rows=parsed.lines, errors=parsed.errors)
    if parsed.errors:
        return result
    with db.session() as s:
        created, updated = _apply(s, (r for _, r in parsed.rows))
        audit.record(s, actor, "import", "instrument", None, None, purpose=f"{created} new, {updated} updated")
    result.imported = created + updated
    return result


def load_catalogue_if_empty(db: Database, path: Path) -> int:
    with db.session() as s:
        if s.scalar(select(Instrument.id).limit(1)):
            return 0
    parsed = parse_instrument_csv(path.read_text("utf-8"), TaxonomyService(db).codes(), str(path))
    if parsed.errors:
        raise TransferError("; ".join(str(e) for e in parsed.errors))
    with db.session() as s:
        created, _ = _apply(s, (r for _, r in parsed.rows))
    return created


def load_demo_catalogue(db: Database, path: Path = DEMO_INSTRUMENTS_CSV) -> int:
    """The taxonomy and the demo instruments, each only when the local table is empty (demo, first start)."""
    load_defaults(db)
    return load_catalogue_if_empty(db, path)


def filter_instruments(rows: Iterable[InstrumentData], *, provider: str | None = None, code: str | None = None,
                       age: int | None = None, max_weeks: int | None = None, with_places: bool = False,
                       active_only: bool = False, text: str = "") -> list[InstrumentData]:
    """The catalogue view's filters; `code` is a taxonomy code among the targets."""
    words = text.casefold().split()
    out = []
    for r in rows:
        if provider and r.provider != provider:
            continue
        if code and code not in r.target_codes:
            continue
        if age is not None and ((r.min_age is not None and age < r.min_age)
                                or (r.max_age is not None and age > r.max_age)):
            continue
        if max_weeks is not None and (r.duration_weeks is None or r.duration_weeks > max_weeks):
            continue
        if with_places and r.places_left is not None and r.places_left <= 0:
            continue
        if active_only and not r.active:
            continue
        hay = f"{r.code} {r.name} {r.provider} {r.description}".casefold()
        if any(w not in hay for w in words):
            continue
        out.append(r)
    return out


class CatalogueService:
    """The instrument catalogue (central, read-only on the desktop apart from a local demo import)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def instruments(self) -> list[InstrumentData]:
        with self.db.session() as s:
            rows = [_data(i) for i in s.scalars(select(Instrument).where(Instrument.deleted_at.is_(None)))]
        rows.sort(key=lambda r: (r.provider.casefold(), r.name.casefold(), r.code))
        return rows

    def get(self, instrument_id: str) -> InstrumentData:
        with self.db.session() as s:
            i = s.get(Instrument, instrument_id)
            if i is None or i.deleted_at is not None:
                raise NotFound(translate("Catalogue", "Dit instrument staat niet (meer) in de catalogus."))
            return _data(i)

    def providers(self) -> list[str]:
        found = {r.provider for r in self.instruments()}
        return [p for p in PROVIDERS if p in found] + sorted(found - set(PROVIDERS))


__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "PROVIDERS", "InstrumentRow", "InstrumentData", "ParsedCatalogue",
           "split_codes", "parse_instrument_csv", "import_instruments", "load_catalogue_if_empty",
           "load_demo_catalogue", "filter_instruments", "CatalogueService"]
