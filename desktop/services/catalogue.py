"""The instrumentenhuis on the desktop: browse and filter the catalogue; read it from a CSV file.

`parse_instrument_csv` is the one parser of the catalogue CSV (no Qt, no database): the desktop's
`wijkdesk import instruments` and the central store's `wijkdesk-server instruments import` use it.

Columns (UTF-8, comma or semicolon; the header names them, in any order):
  code, name, provider, description, target_codes, min_age, max_age, duration_weeks, places_left, active
`target_codes` are taxonomy codes separated by spaces; an empty `places_left` means no limit;
`active` is ja/nee (also yes/no, true/false, 1/0), empty = ja.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import Instrument

from . import audit
from .context import Actor
from .errors import NotFound
from .transfer import ImportResult, RowError, TransferError, read_text

COLUMNS = ("code", "name", "provider", "description", "target_codes", "min_age", "max_age", "duration_weeks",
           "places_left", "active")
REQUIRED_COLUMNS = ("code", "name", "provider", "target_codes")
PROVIDERS = ("W&I", "Rotterdam Inclusief", "Jongerenloket", "Prestatie010")
CODE_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "actief"}
FALSE = {"nee", "n", "no", "false", "onwaar", "0", "inactief"}
MAX_AGE, MAX_WEEKS, MAX_PLACES = 120, 520, 100000


@dataclass(frozen=True)
class InstrumentRow:
    """One valid line of a catalogue CSV (also what the catalogue view shows)."""

    code: str
    name: str
    provider: str
    description: str = ""
    target_codes: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    duration_weeks: int | None = None
    places_left: int | None = None
    active: bool = True


@dataclass(frozen=True)
class InstrumentData(InstrumentRow):
    id: str = ""


@dataclass
class ParsedCatalogue:
    rows: list[tuple[int, InstrumentRow]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    lines: int = 0  # data lines read (empty lines not counted)


# --- parsing ------------------------------------------------------------------------------------


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _int(value: str, low: int, high: int) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not re.fullmatch(r"-?\d+", text):
        raise ValueError(translate("Catalogue", "'{v}' is geen heel getal.").format(v=text))
    n = int(text)
    if n < low or n > high:
        raise ValueError(translate("Catalogue", "{n} ligt niet tussen {low} en {high}.").format(n=n, low=low,
                                                                                             high=high))
    return n


def split_codes(value: str) -> tuple[str, ...]:
    """'s.digital  a.stress' (also with commas or |) -> ('s.digital', 'a.stress'), in order, no doubles."""
    out: list[str] = []
    for code in re.split(r"[\s,|]+", value.strip()):
        if code and code not in out:
            out.append(code)
    return tuple(out)


def parse_instrument_csv(text: str, known_codes: Collection[str] | None = None,
                         file_label: str = "") -> ParsedCatalogue:
    """Check every line; each problem is reported with its line number (header = line 1) and column.

    `known_codes` is the taxonomy: target codes outside it are an error (None = do not check).
    Raises TransferError when the file as a whole is unusable (no header, missing columns).
    """
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    if not first.strip():
        raise TransferError(translate("Catalogue", "{file} is leeg.").format(file=file_label))
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().strip('"').strip().lower().replace(" ", "_") for h in next(reader)]
    _check_header(header, file_label)
    known = set(known_codes) if known_codes is not None else None
    result = ParsedCatalogue()
    seen: dict[str, int] = {}
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            line += 1
            result.lines += 1
            result.errors.append(RowError(line, None, translate(
                "Catalogue", "deze regel is geen geldige CSV ({reason}).").format(reason=exc)))
            break
        line += 1
        if not any(cell.strip() for cell in record):
            continue
        result.lines += 1
        if len(record) != len(header):
            result.errors.append(RowError(line, None, translate(
                "Catalogue", "deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde "
                "zonder aanhalingstekens?").format(n=len(record), m=len(header), d=delimiter)))
            continue
        raw = {c: v.strip() for c, v in zip(header, record, strict=True)}
        row, errors = _parse_row(raw, line, known)
        if row is not None and row.code in seen:
            errors.append(RowError(line, "code", translate("Catalogue", "de code {code} staat ook op regel {other}.")
                                   .format(code=row.code, other=seen[row.code])))
        if errors:
            result.errors.extend(errors)
            continue
        assert row is not None
        seen[row.code] = line
        result.rows.append((line, row))
    if result.lines == 0:
        raise TransferError(translate("Catalogue", "{file} bevat alleen een kopregel, geen instrumenten.")
                            .format(file=file_label))
    return result


def _check_header(header: list[str], file_label: str) -> None:
    problems = []
    unknown = [c or translate("Catalogue", "(leeg)") for c in header if c not in COLUMNS]
    if unknown:
        problems.append(translate("Catalogue", "onbekende kolommen: {cols}").format(cols=", ".join(unknown)))
    doubles = sorted({c for c in header if header.count(c) > 1})
    if doubles:
        problems.append(translate("Catalogue", "dubbele kolommen: {cols}").format(cols=", ".join(doubles)))
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        problems.append(translate("Catalogue", "ontbrekende kolommen: {cols}").format(cols=", ".join(missing)))
    if problems:
        raise TransferError(translate("Catalogue", "De kopregel van {file} klopt niet ({problems}). Verwacht: "
                                      "{expected}.").format(file=file_label, problems="; ".join(problems),
                                                            expected=", ".join(COLUMNS)))


def _parse_row(raw: dict[str, str], line: int, known: set[str] | None) -> tuple[InstrumentRow | None,
                                                                                 list[RowError]]:
    errors: list[RowError] = []

    def err(column: str, message: str) -> None:
        errors.append(RowError(line, column, message))

    code = raw.get("code", "").lower()
    if not code:
        err("code", translate("Catalogue", "de code is verplicht."))
    elif not CODE_RE.match(code):
        err("code", translate("Catalogue", "een code bestaat uit kleine letters, cijfers, punt, streepje of "
                                           "liggend streepje (hoogstens 40 tekens)."))
    name = " ".join(raw.get("name", "").split())
    if not name:
        err("name", translate("Catalogue", "de naam is verplicht."))
    elif len(name) > 200:
        err("name", translate("Catalogue", "de naam is te lang (hoogstens 200 tekens)."))
    provider = " ".join(raw.get("provider", "").split())
    if not provider:
        err("provider", translate("Catalogue", "de aanbieder is verplicht."))
    elif len(provider) > 100:
        err("provider", translate("Catalogue", "de aanbieder is te lang (hoogstens 100 tekens)."))
    description = raw.get("description", "")
    if len(description) > 4000:
        err("description", translate("Catalogue", "de omschrijving is te lang (hoogstens 4000 tekens)."))
    targets = split_codes(raw.get("target_codes", ""))
    if not targets:
        err("target_codes", translate("Catalogue", "noem minstens één doel uit de taxonomie."))
    elif known is not None:
        unknown = [c for c in targets if c not in known]
        if unknown:
            err("target_codes", translate("Catalogue", "onbekend in de taxonomie: {codes}.")
                .format(codes=", ".join(unknown)))
    numbers: dict[str, int | None] = {}
    for column, low, high in (("min_age", 0, MAX_AGE), ("max_age", 0, MAX_AGE),
                              ("duration_weeks", 1, MAX_WEEKS), ("places_left", 0, MAX_PLACES)):
        try:
            numbers[column] = _int(raw.get(column, ""), low, high)
        except ValueError as exc:
            err(column, str(exc))
            numbers[column] = None
    lo, hi = numbers["min_age"], numbers["max_age"]
    if lo is not None and hi is not None and lo > hi:
        err("max_age", translate("Catalogue", "de maximumleeftijd ({hi}) is lager dan de minimumleeftijd ({lo}).")
            .format(hi=hi, lo=lo))
    active_text = raw.get("active", "").strip().lower()
    active = True
    if active_text in FALSE:
        active = False
    elif active_text and active_text not in TRUE:
        err("active", translate("Catalogue", "schrijf ja of nee, niet '{v}'.").format(v=raw.get("active", "")))
    if errors:
        return None, errors
    return InstrumentRow(code=code, name=name, provider=provider, description=description, target_codes=targets,
                         min_age=lo, max_age=hi, duration_weeks=numbers["duration_weeks"],
                         places_left=numbers["places_left"], active=active), []


# --- the local catalogue ------------------------------------------------------------------------


def _data(i: Instrument) -> InstrumentData:
    return InstrumentData(id=i.id, code=i.code, name=i.name, provider=i.provider, description=i.description,
                          target_codes=split_codes(i.target_codes), min_age=i.min_age, max_age=i.max_age,
                          duration_weeks=i.duration_weeks, places_left=i.places_left, active=i.active)


def _apply(s: Session, rows: Iterable[InstrumentRow]) -> tuple[int, int]:
    """Insert new codes, update known ones. Returns (created, updated)."""
    from .taxonomy import stable_id

    existing = {i.code: i for i in s.scalars(select(Instrument))}
    created = updated = 0
    for r in rows:
        values = {"name": r.name, "provider": r.provider, "description": r.description,
                  "target_codes": " ".join(r.target_codes), "min_age": r.min_age, "max_age": r.max_age,
                  "duration_weeks": r.duration_weeks, "places_left": r.places_left, "active": r.active}
        current = existing.get(r.code)
        if current is None:
            s.add(Instrument(id=stable_id("instrument", r.code), code=r.code, **values))
            created += 1
        else:
            for k, v in values.items():
                setattr(current, k, v)
            current.deleted_at = None
            updated += 1
    return created, updated


def import_instruments(db: Database, actor: Actor, path: Path) -> ImportResult:
    """All or nothing: with any invalid line, nothing is imported (the errors say which lines)."""
    from .taxonomy import TaxonomyService

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
    from .taxonomy import TaxonomyService

    parsed = parse_instrument_csv(path.read_text("utf-8"), TaxonomyService(db).codes(), str(path))
    if parsed.errors:
        raise TransferError("; ".join(str(e) for e in parsed.errors))
    with db.session() as s:
        created, _ = _apply(s, (r for _, r in parsed.rows))
    return created


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
