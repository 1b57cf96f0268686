"""Moving data in and out: a caseload from a spreadsheet (CSV), the caseload to a spreadsheet, and
everything held about one person for a request under AVG art. 15 (JSON).

Output files are written to a temporary file next to the target with mode 0600 and then moved into
place, so a reader never sees half a file and other users on the machine cannot read it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.base import utcnow
from desktop.models.entities import (
    Absence,
    Agreement,
    AuditEvent,
    CallAttempt,
    Client,
    Conversation,
    Instrument,
    Placement,
    ProfileEntry,
    Signal,
    User,
)
from desktop.models.outbox import wire_value

from . import audit
from .caseload import CaseloadService, phase_of, validate_client
from .context import Actor
from .errors import NotFound, ServiceError, ValidationError
from .validation import FieldError, normalize_bsn, sort_key

IMPORT_COLUMNS = ("bsn", "first_name", "name_prefix", "last_name", "date_of_birth", "phone", "email", "street",
                  "house_number", "house_number_suffix", "postcode", "city", "benefit_status", "benefit_start",
                  "benefit_end")
EXPORT_COLUMNS = (*IMPORT_COLUMNS, "aftercare_until", "phase", "coach")
# Columns the import accepts besides IMPORT_COLUMNS (so an export reads back in) and ignores or uses.
EXPORT_ONLY = ("aftercare_until", "phase", "coach")
# Excel treats a cell starting with one of these as a formula (CSV injection); such text cells are
# written with a leading apostrophe, which the import removes again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
IMPORTED = (*IMPORT_COLUMNS, "aftercare_until")  # an export read back in keeps its aftercare date
MAX_BYTES = 50 * 1024 * 1024


class TransferError(ServiceError):
    """The file as a whole cannot be used; the message says why (for the user)."""


@dataclass(frozen=True)
class RowError:
    line: int  # as a spreadsheet numbers it: the header is line 1
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("Import", "regel {line}, {column}: {message}").format(
                line=self.line, column=self.column, message=self.message)
        return translate("Import", "regel {line}: {message}").format(line=self.line, message=self.message)


@dataclass
class ImportResult:
    rows: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def invalid_lines(self) -> int:
        return len({e.line for e in self.errors})

    @property
    def skipped(self) -> int:
        return self.rows - self.imported

    def summary(self) -> str:
        return translate("Import", "{n} geïmporteerd, {m} overgeslagen").format(n=self.imported, m=self.skipped)


# --- reading the CSV -------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The file as text (UTF-8, with or without BOM) or a TransferError that says what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TransferError(translate("Import", "{file} is te groot voor een caseload (meer dan 50 MB).")
                                .format(file=path))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise TransferError(translate("Import", "Het bestand {file} bestaat niet.").format(file=path)) from exc
    except IsADirectoryError as exc:
        raise TransferError(translate("Import", "{file} is een map, geen bestand.").format(file=path)) from exc
    except OSError as exc:
        raise TransferError(translate("Import", "{file} kan niet worden gelezen: {reason}").format(
            file=path, reason=exc.strerror or exc)) from exc
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise TransferError(translate("Import", "{file} is leeg.").format(file=path))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TransferError(translate(
            "Import", "{file} is opgeslagen als UTF-16 ('Unicode-tekst'), niet als UTF-8. Kies in Excel "
            "'Opslaan als' > 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.").format(file=path))
    if b"\x00" in data[:4096]:
        raise TransferError(translate(
            "Import", "{file} is geen CSV-bestand. Sla de spreadsheet op als 'CSV UTF-8' en probeer het opnieuw.")
            .format(file=path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TransferError(translate(
            "Import", "{file} is niet in UTF-8 opgeslagen (fout bij byte {pos}). Kies in Excel 'Opslaan als' "
            "> 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.").format(file=path, pos=exc.start + 1)
        ) from exc


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _normal_column(name: str) -> str:
    return name.strip().strip('"').strip().lower().replace(" ", "_")


def _unquote_formula(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


def parse_client_csv(text: str, today: date, existing_bsns: Iterable[str] = (),
                     file_label: str = "") -> tuple[list[tuple[int, dict[str, Any]]], list[RowError], int]:
    """Validate every row; returns ([(line, cleaned values)], errors, number of data rows)."""
    first_line = text.splitlines()[0] if text else ""
    delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise TransferError(translate("Import", "{file} is geen leesbaar CSV-bestand.").format(file=file_label)) \
            from exc
    columns = [_normal_column(h) for h in header]
    _check_header(columns, file_label)
    existing = set(existing_bsns)
    seen: dict[str, int] = {}
    valid: list[tuple[int, dict[str, Any]]] = []
    errors: list[RowError] = []
    rows = 0
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            line += 1
            rows += 1
            errors.append(RowError(line, None, translate("Import", "deze regel is geen geldige CSV ({reason}).")
                                   .format(reason=exc)))
            break
        line += 1
        if not any(cell.strip() for cell in record):
            continue  # an empty line in the spreadsheet
        rows += 1
        if len(record) != len(columns):
            errors.append(RowError(line, None, translate(
                "Import", "deze regel heeft {n} velden, de kopregel {m}. Staat er een '{d}' in een waarde?")
                .format(n=len(record), m=len(columns), d=delimiter)))
            continue
        raw = {c: _unquote_formula(v.strip()) for c, v in zip(columns, record, strict=True) if c in IMPORTED}
        try:
            values = validate_client(raw, today)
        except ValidationError as exc:
            for col in IMPORTED:  # in the order of the columns
                if col in exc.errors:
                    errors.append(RowError(line, col, exc.errors[col]))
            continue
        bsn = values["bsn"]
        if bsn in seen:
            errors.append(RowError(line, "bsn", translate("Import", "dit BSN staat ook op regel {other}.")
                                   .format(other=seen[bsn])))
            continue
        seen[bsn] = line
        if bsn in existing:
            errors.append(RowError(line, "bsn", translate(
                "Import", "er staat al iemand met dit BSN in de caseload.")))
            continue
        valid.append((line, values))
    if rows == 0:
        raise TransferError(translate("Import", "{file} bevat alleen een kopregel, geen werkzoekenden.")
                            .format(file=file_label))
    return valid, errors, rows


def _check_header(columns: list[str], file_label: str) -> None:
    expected = ", ".join(IMPORT_COLUMNS)
    known = set(IMPORT_COLUMNS) | set(EXPORT_ONLY)
    if len(columns) == 1 and columns[0] not in known:
        raise TransferError(translate(
            "Import", "{file} lijkt geen CSV-bestand met werkzoekenden: de eerste regel moet de kolomnamen "
            "bevatten, gescheiden door komma's of puntkomma's: {expected}.").format(file=file_label,
                                                                                   expected=expected))
    problems = []
    doubles = sorted({c for c in columns if columns.count(c) > 1})
    if doubles:
        problems.append(translate("Import", "dubbele kolommen: {cols}").format(cols=", ".join(doubles)))
    unknown = [c or translate("Import", "(leeg)") for c in columns if c not in known]
    if unknown:
        problems.append(translate("Import", "onbekende kolommen: {cols}").format(cols=", ".join(unknown)))
    missing = [c for c in IMPORT_COLUMNS if c not in columns]
    if missing:
        problems.append(translate("Import", "ontbrekende kolommen: {cols}").format(cols=", ".join(missing)))
    if problems:
        raise TransferError(translate("Import", "De kopregel van {file} klopt niet ({problems}). Verwacht: "
                                      "{expected}.").format(file=file_label, problems="; ".join(problems),
                                                            expected=expected))


def import_clients(db: Database, actor: Actor, path: Path, *, skip_invalid: bool) -> ImportResult:
    """Import a CSV into the actor's caseload: all or nothing, or only the valid rows with skip_invalid."""
    text = read_text(path)
    service = CaseloadService(db, actor)
    valid, errors, rows = parse_client_csv(text, actor.today(), service.existing_bsns(), str(path))
    result = ImportResult(rows=rows, errors=errors)
    if errors and not skip_invalid:
        return result
    if valid:
        result.imported = service.create_many(values for _, values in valid)
    return result


# --- writing files ---------------------------------------------------------------------------------


def write_private(path: Path, write: Callable[[io.TextIOBase], None], *, bom: bool = False) -> None:
    """Write a text file atomically with mode 0600 (temp file in the same folder, then os.replace)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise TransferError(translate("Export", "De map {folder} bestaat niet.").format(folder=folder))
    if path.is_dir():
        raise TransferError(translate("Export", "{file} is een map, geen bestand.").format(file=path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise TransferError(translate("Export", "In {folder} kan niet worden geschreven: {reason}").format(
            folder=folder, reason=exc.strerror or exc)) from exc
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise TransferError(translate("Export", "{file} kan niet worden geschreven: {reason}").format(
                file=path, reason=exc.strerror or exc)) from exc
        raise


def _cell(value: Any, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()[:10]
    text = str(value)
    if column != "phone" and text.startswith(FORMULA_START):
        return "'" + text
    return text


def export_caseload(db: Database, actor: Actor, path: Path) -> int:
    """The caseload as a CSV Dutch Excel opens (UTF-8 with BOM, semicolons); returns the number of clients."""
    today = actor.today()
    with db.session() as s:
        coaches = dict(s.execute(select(User.id, User.display_name)).all())
        clients = list(s.scalars(select(Client).where(Client.deleted_at.is_(None))))
        clients.sort(key=lambda c: sort_key(c.first_name, c.name_prefix, c.last_name))

        def write(fh: io.TextIOBase) -> None:
            w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            w.writerow(EXPORT_COLUMNS)
            for c in clients:
                extra = {"phase": phase_of(c.benefit_status, c.aftercare_until, today),
                         "coach": coaches.get(c.coach_id, "") if c.coach_id else ""}
                w.writerow([_cell(extra[col] if col in extra else getattr(c, col), col) for col in EXPORT_COLUMNS])

        audit.record(s, actor, "export", "caseload", None, None, purpose="export caseload")
        write_private(path, write, bom=True)
        return len(clients)


# --- AVG art. 15 -----------------------------------------------------------------------------------

DOSSIER_EXPLANATION = (
    "Dit is een overzicht van alle gegevens die in Wijkdesk over u zijn vastgelegd, zoals u dat mag vragen "
    "volgens artikel 15 van de Algemene verordening gegevensbescherming (AVG). Het bevat uw persoonsgegevens, "
    "de verslagen van gesprekken (ook de interne aantekeningen van uw begeleider), de afspraken, uw profiel, "
    "de trajecten waaraan u meedoet of meedeed, signalen en telefoontjes daarover, verzuim, en een logboek van "
    "wie uw gegevens wanneer heeft bekeken of gewijzigd. Gegevens die zijn verwijderd maar nog bewaard worden, "
    "staan er ook in (met 'deleted_at'). Heeft u vragen of klopt er iets niet? Neem contact op met uw vaste "
    "begeleider of met de functionaris gegevensbescherming van de gemeente Rotterdam."
)


def _plain(obj: Any, skip: tuple[str, ...] = ("version",)) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {c.key: wire_value(getattr(obj, c.key)) for c in mapper.column_attrs if c.key not in skip}


def dossier(session: Session, client: Client) -> dict[str, Any]:
    """Everything held about one client, as plain JSON-ready data (soft-deleted rows included)."""
    cid = client.id
    users = {u.id: u for u in session.scalars(select(User))}

    def who(user_id: str | None) -> dict[str, Any] | None:
        u = users.get(user_id) if user_id else None
        if u is None:
            return None
        return {"name": u.display_name, "role": u.role, "organisation": u.organisation}

    def rows(model: Any, order: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.client_id == cid).order_by(order, model.id)))

    conversations = [{**_plain(c), "coach": who(c.coach_id)} for c in rows(Conversation, Conversation.held_at)]
    agreements = [{**_plain(a), "specialist": who(a.specialist_id)} for a in rows(Agreement, Agreement.due_date)]
    profile = [_plain(p) for p in rows(ProfileEntry, ProfileEntry.assessed_on)]
    instruments = {i.id: i for i in session.scalars(select(Instrument))}
    placements = []
    for p in rows(Placement, Placement.start_date):
        inst = instruments.get(p.instrument_id)
        placements.append({**_plain(p), "instrument": {"code": inst.code, "name": inst.name,
                                                       "provider": inst.provider} if inst else None,
                           "specialist": who(p.specialist_id)})
    signals = []
    for sig in rows(Signal, Signal.signalled_on):
        attempts = session.scalars(select(CallAttempt).where(CallAttempt.signal_id == sig.id)
                                   .order_by(CallAttempt.attempted_at))
        signals.append({**_plain(sig), "call_attempts": [{**_plain(a), "by": who(a.by_user_id)} for a in attempts]})
    absences = [_plain(a) for a in rows(Absence, Absence.missed_on)]
    events = session.scalars(select(AuditEvent).where(AuditEvent.client_id == cid)
                             .order_by(AuditEvent.at, AuditEvent.id))
    audit_events = [_plain(e, skip=("version", "updated_at", "deleted_at", "client_id")) for e in events]
    return {
        "generated_at": utcnow().isoformat(timespec="seconds") + "Z",
        "explanation": translate("Export", DOSSIER_EXPLANATION),
        "client": {**_plain(client), "coach": who(client.coach_id)},
        "conversations": conversations,
        "agreements": agreements,
        "profile_entries": profile,
        "placements": placements,
        "signals": signals,
        "absences": absences,
        "audit_events": audit_events,
    }


def export_dossier(db: Database, actor: Actor, bsn: str, path: Path) -> dict[str, int]:
    """Write the AVG art. 15 dossier of the client with this BSN; returns counts per part."""
    try:
        bsn = normalize_bsn(bsn)
    except FieldError as exc:
        raise TransferError(str(exc)) from exc
    with db.session() as s:
        client = s.scalar(select(Client).where(Client.bsn == bsn).order_by(Client.deleted_at.is_not(None)).limit(1))
        if client is None:
            raise NotFound(translate("Export", "Geen werkzoekende met dit BSN in dit bestand."))
        data = dossier(s, client)
        audit.record(s, actor, "export", "client", client.id, client.id, purpose="AVG art. 15")
        write_private(path, lambda fh: fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n"))
        return {k: len(v) for k, v in data.items() if isinstance(v, list)}
