"""The instrument catalogue as CSV (no Qt; shared by `wijkdesk-server instruments import` and the desktop).

Columns: code, name, provider, description, target_codes, min_age, max_age, duration_weeks, places_left,
active. UTF-8 (a BOM is fine), comma or semicolon separated as Dutch spreadsheets write it. target_codes
are taxonomy codes separated by spaces or semicolons. `code` and `name` are required; the other columns
may be left out. Every malformed line is reported with its line number, field and reason; callers import
nothing when there is any error (all-or-nothing).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COLUMNS = ("code", "name", "provider", "description", "target_codes", "min_age", "max_age", "duration_weeks",
           "places_left", "active")
REQUIRED = ("code", "name")
LIMITS = {"code": 40, "name": 200, "provider": 100, "description": 100_000}
INTS = ("min_age", "max_age", "duration_weeks", "places_left")
TRUE = {"1", "true", "ja", "j", "yes", "y", "waar", "actief"}
FALSE = {"0", "false", "nee", "n", "no", "onwaar", "inactief"}
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class CsvError:
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.reason}"


def _sniff_delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def parse_instruments(text: str, known_codes: set[str] | None = None) -> tuple[list[dict[str, Any]], list[CsvError]]:
    """Rows ready for the `instrument` table (TABLE_FIELDS keys) and the errors found.

    With `known_codes`, every target code must be one of them (the taxonomy).
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        return [], [CsvError(1, "header", "the file is empty")]
    header_line = text.splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(header_line))
    header = [h.strip().lower() for h in next(reader)]
    errors: list[CsvError] = []
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        errors.append(CsvError(1, "header", f"unknown column(s): {', '.join(unknown)}"))
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        errors.append(CsvError(1, "header", f"missing column(s): {', '.join(missing)}"))
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        errors.append(CsvError(1, "header", f"column(s) given twice: {', '.join(dupes)}"))
    if errors:
        return [], errors

    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    line = 1
    for values in reader:
        start, line = line + 1, reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            errors.append(CsvError(start, "row", f"expected {len(header)} values, found {len(values)}"))
            continue
        raw = {h: v.strip() for h, v in zip(header, values, strict=True)}
        row, row_errors = _parse_row(raw, start, known_codes)
        errors.extend(row_errors)
        code = row.get("code")
        if code:
            if code in seen:
                errors.append(CsvError(start, "code", f"'{code}' also on line {seen[code]}"))
            seen.setdefault(code, start)
        if not row_errors:
            rows.append(row)
    return rows, errors


def _parse_row(raw: dict[str, str], line: int, known: set[str] | None) -> tuple[dict[str, Any], list[CsvError]]:
    errs: list[CsvError] = []
    row: dict[str, Any] = {}
    for name in REQUIRED:
        if not raw.get(name):
            errs.append(CsvError(line, name, "required"))
    for name, limit in LIMITS.items():
        value = raw.get(name, "")
        if len(value) > limit:
            errs.append(CsvError(line, name, f"longer than {limit} characters"))
        row[name] = value or None
    if row.get("code") and not CODE.match(row["code"]):
        errs.append(CsvError(line, "code", "use letters, digits, '-', '_' or '.' only"))
    codes = [c for c in re.split(r"[;\s,]+", raw.get("target_codes", "")) if c]
    for c in codes:
        if len(c) > 40 or not CODE.match(c):
            errs.append(CsvError(line, "target_codes", f"'{c}' is not a taxonomy code"))
        elif known is not None and c not in known:
            errs.append(CsvError(line, "target_codes", f"unknown taxonomy code '{c}'"))
    row["target_codes"] = " ".join(codes) or None
    for name in INTS:
        value = raw.get(name, "")
        if not value:
            row[name] = None
            continue
        if not re.fullmatch(r"\d{1,6}", value):
            errs.append(CsvError(line, name, f"'{value}' is not a whole number of 0 or more"))
            row[name] = None
        else:
            row[name] = int(value)
    if row.get("min_age") is not None and row.get("max_age") is not None and row["min_age"] > row["max_age"]:
        errs.append(CsvError(line, "max_age", "smaller than min_age"))
    active = raw.get("active", "").lower()
    if not active or active in TRUE:
        row["active"] = True
    elif active in FALSE:
        row["active"] = False
    else:
        errs.append(CsvError(line, "active", f"'{raw['active']}' is not ja/nee (yes/no)"))
    return row, errs


def read_instruments(path: str | Path, known_codes: set[str] | None = None) -> tuple[list[dict[str, Any]],
                                                                                   list[CsvError]]:
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [CsvError(1, "file", f"not UTF-8 text (byte {exc.start}); save it as CSV UTF-8")]
    return parse_instruments(text, known_codes)
