"""`wijkdesk-server export uwv --month YYYY-MM -o FILE`: the monthly UWV list for the whole municipality, in
the desktop's format (sync/uwv.py), from the central store's client records. Audited like the desktop's
export: one row for the list and one per client on it."""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from sync import clock, uwv
from sync.ids import new_id, new_mutation_id
from sync.jsontext import loads

from .admin import AdminError
from .db import Store
from .models import T_AUDIT, T_RECORD
from .reports.access import CLI
from .reports.data import day


def parse_month(text: str) -> tuple[date, date]:
    try:
        year, month = (int(p) for p in str(text).strip().split("-"))
        first = date(year, month, 1)
    except (ValueError, TypeError):
        raise AdminError(f"schrijf de maand als 2026-11 (jaar-maand), niet {text!r}") from None
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def uwv_rows(store: Store, month: str) -> list[tuple[str, list[str]]]:
    """(client id, row) of every client on the list, sorted by name as the desktop sorts."""
    first, last = parse_month(month)
    today = clock.today()
    if first > today:
        raise AdminError("deze maand is nog niet begonnen")
    last = min(last, today)
    r = T_RECORD.c
    found = []
    with store.read() as conn:
        for row_id, data in conn.execute(select(r.row_id, r.data).where(r.table_name == "client",
                                                                        r.deleted_at.is_(None))):
            c = loads(data)
            end, reg = day(c.get("benefit_end")), day(c.get("werknl_registered_on"))
            if uwv.on_list(c.get("benefit_status"), end, reg, first, last):
                found.append((uwv.sort_key(c.get("first_name") or "", c.get("name_prefix"), c.get("last_name") or ""),
                              row_id, uwv.row(c.get("bsn") or "", c.get("last_name") or "", c.get("name_prefix"),
                                             c.get("first_name") or "", day(c.get("date_of_birth")), end, reg)))
    found.sort()
    return [(cid, row) for _key, cid, row in found]


def export_uwv(store: Store, month: str, path: Path) -> int:
    rows = uwv_rows(store, month)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise AdminError(f"de map {folder} bestaat niet")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)  # BSNs: only the owner may read the file
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            uwv.write(fh, (row for _cid, row in rows))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    purpose = f"uwv-afmeldlijst {month} (gemeente)"
    now = clock.utcnow()
    audit = [{"client_id": None, "entity": "uwv_list", "fields": None}] + [
        {"client_id": cid, "entity": "client",
         "fields": "bsn,name,date_of_birth,benefit_end,werknl_registered_on"} for cid, _row in rows]
    with store.plain(write=True) as conn:
        conn.execute(insert(T_AUDIT), [
            {"id": new_id(), "received_at": now, "at": now, "user_id": CLI.user_id,
             "username": CLI.username, "role": CLI.role, "device_id": CLI.device_id, "action": "export",
             "entity_id": a["client_id"], "purpose": purpose, "mutation_id": new_mutation_id(), **a}
            for a in audit])
    return len(rows)
