"""The instrument catalogue and the taxonomy as CSV: the one parser (no Qt, nothing from `desktop`).

Used by the desktop (`wijkdesk import instruments`, the catalogue view, the demo) through
`desktop.services.catalogue`, and by the central store (`wijkdesk-server instruments import`, `seed-demo`).

Instrument columns (UTF-8, a BOM is fine; comma, semicolon or tab as Dutch spreadsheets write it; the header
names them, in any order):
  code, name, provider, description, target_codes, min_age, max_age, duration_weeks, places_left, active
`code`, `name`, `provider` and `target_codes` are required columns, and every line needs a code, a name, a
provider and at least one target. `target_codes` are taxonomy codes separated by spaces (also commas or |);
an empty `places_left` means no limit; `active` is ja/nee (also yes/no, true/false, 1/0), empty = ja.

Every malformed line is reported with its line number (the header is line 1), column and reason, in Dutch;
pass `translate` (context, text) -> text to get another language (the desktop passes desktop.i18n.translate).
A file that is unusable as a whole (empty, a wrong header, only a header) raises `CatalogueFileError`.
Callers import nothing when there is any error (all-or-nothing).

Ids of catalogue rows are derived from their codes (`taxonomy_id`, `instrument_id`), so the desktop's shipped
defaults and the central store's rows for the same code are the same row.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Translate = Callable[[str, str], str]

# The namespace of ids derived from codes: the same on every device and on the central store.
ID_NAMESPACE = uuid.UUID("6f1c2a0e-3d4b-5e6f-8a9b-0c1d2e3f4a5b")

COLUMNS = ("code", "name", "provider", "description", "target_codes", "min_age", "max_age", "duration_weeks",
           "places_left", "active")
REQUIRED_COLUMNS = ("code", "name", "provider", "target_codes")
CODE_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
TAXONOMY_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "actief"}
FALSE = {"nee", "n", "no", "false", "onwaar", "0", "inactief"}
MAX_AGE, MAX_WEEKS, MAX_PLACES = 120, 520, 100000
MAX_NAME, MAX_PROVIDER, MAX_DESCRIPTION = 200, 100, 4000
TAXONOMY_DOMAINS = ("quality", "skill", "attention", "circumstance", "direction")


def _identity(_context: str, text: str) -> str:
    return text


def stable_id(kind: str, code: str) -> str:
    """The same id on every device and on the central store for e.g. ('taxonomy', 's.digital')."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{code}"))


def taxonomy_id(code: str) -> str:
    return stable_id("taxonomy", code)


def instrument_id(code: str) -> str:
    return stable_id("instrument", code)


class CatalogueFileError(ValueError):
    """The file as a whole cannot be used; the message says why (for the user). `line` is where, if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class CsvError:
    """One problem on one line (the header is line 1); `column` None = the line as a whole."""

    line: int
    column: str | None
    message: str

    def format(self, translate: Translate = _identity) -> str:
        if self.column:
            return translate("Import", "regel {line}, {column}: {message}").format(
                line=self.line, column=self.column, message=self.message)
        return translate("Import", "regel {line}: {message}").format(line=self.line, message=self.message)

    def __str__(self) -> str:
        return self.format()


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

    def record(self) -> dict[str, Any]:
        """The fields of an `instrument` record (sync.protocol.TABLE_FIELDS), without the id."""
        return {"code": self.code, "name": self.name, "provider": self.provider, "description": self.description,
                "target_codes": " ".join(self.target_codes), "min_age": self.min_age, "max_age": self.max_age,
                "duration_weeks": self.duration_weeks, "places_left": self.places_left, "active": self.active}


@dataclass
class CatalogueCsv:
    rows: list[tuple[int, InstrumentRow]] = field(default_factory=list)  # (line, row)
    errors: list[CsvError] = field(default_factory=list)
    lines: int = 0  # data lines read (empty lines not counted)


@dataclass(frozen=True)
class TaxonomyRow:
    code: str
    domain: str
    label_nl: str
    label_en: str

    def record(self) -> dict[str, Any]:
        """The fields of a `taxonomy_item` record, without the id."""
        return {"code": self.code, "domain": self.domain, "label_nl": self.label_nl,
                "label_en": self.label_en or self.label_nl, "active": True}


# --- instruments ---------------------------------------------------------------------------------


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def split_codes(value: str) -> tuple[str, ...]:
    """'s.digital  a.stress' (also with commas, semicolons or |) -> ('s.digital', 'a.stress'), in order, no doubles."""
    out: list[str] = []
    for code in re.split(r"[\s,;|]+", (value or "").strip()):
        if code and code not in out:
            out.append(code)
    return tuple(out)


def parse_instruments(text: str, known_codes: Collection[str] | None = None, file_label: str = "",
                      translate: Translate = _identity) -> CatalogueCsv:
    """Check every line; each problem is reported with its line number (header = line 1) and column.

    `known_codes` is the taxonomy: target codes outside it are an error (None = do not check).
    Raises CatalogueFileError when the file as a whole is unusable (empty, a wrong header, no data lines).
    """
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    if not first.strip():
        raise CatalogueFileError(translate("Catalogue", "{file} is leeg.").format(file=file_label), 1)
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().strip('"').strip().lower().replace(" ", "_") for h in next(reader)]
    except csv.Error as exc:
        raise CatalogueFileError(translate("Catalogue", "De kopregel van {file} is geen geldige CSV ({reason}).")
                                 .format(file=file_label, reason=exc), 1) from exc
    _check_header(header, file_label, translate)
    known = set(known_codes) if known_codes is not None else None
    result = CatalogueCsv()
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1  # where the next record starts
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.lines += 1
            result.errors.append(CsvError(line, None, translate(
                "Catalogue", "deze regel is geen geldige CSV ({reason}).").format(reason=exc)))
            break
        if not any(cell.strip() for cell in record):
            continue
        result.lines += 1
        if len(record) != len(header):
            result.errors.append(CsvError(line, None, translate(
                "Catalogue", "deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde "
                "zonder aanhalingstekens?").format(n=len(record), m=len(header), d=delimiter)))
            continue
        raw = {c: v.strip() for c, v in zip(header, record, strict=True)}
        row, errors = _parse_row(raw, line, known, translate)
        code = row.code if row is not None else raw.get("code", "").lower()
        if code and code in seen:
            errors.append(CsvError(line, "code", translate("Catalogue", "de code {code} staat ook op regel {other}.")
                                   .format(code=code, other=seen[code])))
        if code:
            seen.setdefault(code, line)
        if errors:
            result.errors.extend(errors)
            continue
        assert row is not None
        result.rows.append((line, row))
    if result.lines == 0:
        raise CatalogueFileError(translate("Catalogue", "{file} bevat alleen een kopregel, geen instrumenten.")
                                 .format(file=file_label), 1)
    return result


def _check_header(header: list[str], file_label: str, translate: Translate) -> None:
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
        raise CatalogueFileError(translate("Catalogue", "De kopregel van {file} klopt niet ({problems}). Verwacht: "
                                           "{expected}.").format(file=file_label, problems="; ".join(problems),
                                                                 expected=", ".join(COLUMNS)), 1)


def _int(value: str, low: int, high: int, translate: Translate) -> int | None:
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


def _parse_row(raw: dict[str, str], line: int, known: set[str] | None,
               translate: Translate) -> tuple[InstrumentRow | None, list[CsvError]]:
    errors: list[CsvError] = []

    def err(column: str, message: str) -> None:
        errors.append(CsvError(line, column, message))

    code = raw.get("code", "").lower()
    if not code:
        err("code", translate("Catalogue", "de code is verplicht."))
    elif not CODE_RE.match(code):
        err("code", translate("Catalogue", "een code bestaat uit kleine letters, cijfers, punt, streepje of "
                                           "liggend streepje (hoogstens 40 tekens)."))
    name = " ".join(raw.get("name", "").split())
    if not name:
        err("name", translate("Catalogue", "de naam is verplicht."))
    elif len(name) > MAX_NAME:
        err("name", translate("Catalogue", "de naam is te lang (hoogstens 200 tekens)."))
    provider = " ".join(raw.get("provider", "").split())
    if not provider:
        err("provider", translate("Catalogue", "de aanbieder is verplicht."))
    elif len(provider) > MAX_PROVIDER:
        err("provider", translate("Catalogue", "de aanbieder is te lang (hoogstens 100 tekens)."))
    description = raw.get("description", "")
    if len(description) > MAX_DESCRIPTION:
        err("description", translate("Catalogue", "de omschrijving is te lang (hoogstens 4000 tekens)."))
    targets = split_codes(raw.get("target_codes", ""))
    malformed = [c for c in targets if not TAXONOMY_CODE_RE.match(c)]
    if not targets:
        err("target_codes", translate("Catalogue", "noem minstens één doel uit de taxonomie."))
    elif malformed:
        err("target_codes", translate("Catalogue", "geen taxonomiecode: {codes}.").format(codes=", ".join(malformed)))
    elif known is not None:
        unknown = [c for c in targets if c not in known]
        if unknown:
            err("target_codes", translate("Catalogue", "onbekend in de taxonomie: {codes}.")
                .format(codes=", ".join(unknown)))
    numbers: dict[str, int | None] = {}
    for column, low, high in (("min_age", 0, MAX_AGE), ("max_age", 0, MAX_AGE),
                              ("duration_weeks", 1, MAX_WEEKS), ("places_left", 0, MAX_PLACES)):
        try:
            numbers[column] = _int(raw.get(column, ""), low, high, translate)
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


def read_text(path: str | Path, translate: Translate = _identity) -> str:
    """A CSV file as text (UTF-8, with or without BOM), or CatalogueFileError saying what is wrong."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CatalogueFileError(translate("Import", "Het bestand {file} bestaat niet.").format(file=path)) from exc
    except IsADirectoryError as exc:
        raise CatalogueFileError(translate("Import", "{file} is een map, geen bestand.").format(file=path)) from exc
    except OSError as exc:
        raise CatalogueFileError(translate("Import", "{file} kan niet worden gelezen: {reason}").format(
            file=path, reason=exc.strerror or exc)) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueFileError(translate(
            "Import", "{file} is niet in UTF-8 opgeslagen (fout bij byte {pos}). Kies in Excel 'Opslaan als' "
            "> 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.").format(file=path, pos=exc.start + 1)) from exc


def read_instruments(path: str | Path, known_codes: Collection[str] | None = None,
                     translate: Translate = _identity) -> CatalogueCsv:
    """`parse_instruments` of a file (CatalogueFileError when it cannot be read or used as a whole)."""
    return parse_instruments(read_text(path, translate), known_codes, str(path), translate)


# --- the taxonomy --------------------------------------------------------------------------------


def parse_taxonomy_csv(text: str, domains: Collection[str] = TAXONOMY_DOMAINS,
                       translate: Translate = _identity) -> list[TaxonomyRow]:
    """The default set (resources/taxonomy.csv): code, domain, label_nl, label_en.

    Raises CatalogueFileError (with `line`) on the first broken line: it is a shipped resource, not user input.
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    out: list[TaxonomyRow] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        code = (row.get("code") or "").strip()
        domain = (row.get("domain") or "").strip()
        label_nl = (row.get("label_nl") or "").strip()
        if not TAXONOMY_CODE_RE.match(code) or domain not in domains or code in seen or not label_nl:
            raise CatalogueFileError(translate(
                "Taxonomy", "De standaardlijst van de taxonomie klopt niet op regel {line}.").format(line=line), line)
        seen.add(code)
        out.append(TaxonomyRow(code, domain, label_nl, (row.get("label_en") or "").strip()))
    return out


def read_taxonomy_csv(path: str | Path, domains: Collection[str] = TAXONOMY_DOMAINS,
                      translate: Translate = _identity) -> list[TaxonomyRow]:
    return parse_taxonomy_csv(Path(path).read_text("utf-8"), domains, translate)


__all__ = ["ID_NAMESPACE", "COLUMNS", "REQUIRED_COLUMNS", "TAXONOMY_DOMAINS", "CatalogueFileError", "CsvError",
           "InstrumentRow", "CatalogueCsv", "TaxonomyRow", "stable_id", "taxonomy_id", "instrument_id",
           "split_codes", "parse_instruments", "read_instruments", "read_text", "parse_taxonomy_csv",
           "read_taxonomy_csv"]
