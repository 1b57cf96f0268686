"""A restore's rows written with the bare SQLCipher driver: no SQLAlchemy, so that the early restore
(sync/early_restore.py, a process of its own) and the full restore (restore.py) write pages the same way.

The statements come from restore_sql.py, made from the ORM models by values.py (a test keeps it current):
one executemany per table of a page lets SQLite convert the wire values to the texts SQLAlchemy stores.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import restore_sql

SQL_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's SQLite dialect stores a date-time
COMMIT_PAGES = 5  # a restore commits every this many pages, with the cursor (10,000 rows at full pages)


def sql_value(kind: str, value: Any) -> Any:
    """A wire value (or a Python default) as SQLAlchemy's SQLite dialect stores it."""
    if value is None:
        return None
    if kind == "datetime":
        if isinstance(value, str):
            if len(value) == 19 and value[10] in "T ":  # the usual 2026-11-20T10:00:00
                return f"{value[:10]} {value[11:]}.000000"
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=None).strftime(SQL_DATETIME)
    if kind == "date":
        if isinstance(value, str):
            return value if len(value) == 10 else date.fromisoformat(value[:10]).isoformat()
        return value.isoformat()
    if kind == "bool":
        return 1 if value else 0
    return value


def date_text(value: Any) -> str | None:
    """SQLite function wd_date: a date the restore's SQL does not take as it is."""
    return sql_value("date", value)


def datetime_text(value: Any) -> str | None:
    """SQLite function wd_datetime: a date-time the restore's SQL does not take as it is (a time zone...)."""
    return sql_value("datetime", value)


def remove_file(path: Path) -> None:
    """A restore file that is not to be gone on from, with its WAL and shared-memory index."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def prepare(conn: Any) -> None:
    """The functions the restore's statements call for the rare values they do not convert themselves."""
    conn.create_function("wd_date", 1, date_text, deterministic=True)
    conn.create_function("wd_datetime", 1, datetime_text, deterministic=True)


def create_schema(cur: Any) -> None:
    """The tables and indexes of the models and the head revision, as migrate._create makes a new file."""
    for statement in restore_sql.SCHEMA:
        cur.execute(statement)


def write_changes(cur: Any, changes: list[dict[str, Any]], now: str) -> tuple[int, int]:
    """A page's changes into the file: (rows written, rows removed). One executemany per table; a removal
    ends the groups before it, so the order of the page holds and a row that comes again replaces the
    earlier one. Tables this version does not know are left out."""
    groups: dict[str, list[tuple[Any, ...]]] = {}
    written = removed = 0

    def flush() -> None:
        for table, rows in groups.items():
            cur.executemany(restore_sql.INSERT[table], rows)
        groups.clear()

    for ch in changes:
        table = ch.get("table")
        cols = restore_sql.COLUMNS.get(table)  # type: ignore[arg-type]
        if cols is None:
            continue
        if ch.get("op") == "remove":
            flush()
            cur.execute(f'DELETE FROM "{restore_sql.TABLE_NAMES[table]}" WHERE id = ?',  # type: ignore[index]
                        (str(ch["row_id"]),))
            removed += 1
            continue
        fields = ch.get("fields") or {}
        rows = groups.get(table)  # type: ignore[arg-type]
        if rows is None:
            rows = groups[table] = []  # type: ignore[index]
        rows.append((*map(fields.get, cols), ch["row_id"], ch["version"], now))  # map: no Python loop per field
        written += 1
    flush()
    return written, removed
