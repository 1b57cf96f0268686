"""Values between the wire and the local file: Python values for ORM writes, and the texts SQLAlchemy's SQLite
dialect stores, for the restore's plain inserts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect

from desktop.models.entities import TABLES
from sync.contract import TABLE_FIELDS

from .restore_rows import SQL_DATETIME, date_text, datetime_text, sql_value  # noqa: F401 - their old home


# -- wire <-> local values -----------------------------------------------------------------------
def _converters() -> dict[str, dict[str, Callable[[Any], Any]]]:
    conv: dict[str, dict[str, Callable[[Any], Any]]] = {}
    for table, fields in TABLE_FIELDS.items():
        conv[table] = {}
        for name, kind in fields.items():
            if kind == "date":
                conv[table][name] = lambda v: date.fromisoformat(v) if isinstance(v, str) else v
            elif kind == "datetime":
                conv[table][name] = lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    return conv


CONVERT = _converters()


def from_wire(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    known = TABLE_FIELDS[table]
    conv = CONVERT[table]
    out = {k: (conv[k](v) if k in conv else v) for k, v in fields.items() if k in known}
    for k, default in DEFAULTS[table].items():
        if k in out and out[k] is None:  # NOT NULL locally: the wire may carry null
            out[k] = default
    return out


def _required_defaults(model: type) -> dict[str, Any]:
    """Values for NOT NULL columns a partial row (a specialist's view) does not carry."""
    out: dict[str, Any] = {}
    for col in inspect(model).columns:
        if col.nullable or col.primary_key or col.key in ("version", "updated_at"):
            continue
        if col.default is not None and getattr(col.default, "is_scalar", False):
            out[col.key] = col.default.arg
            continue
        py = col.type.python_type
        out[col.key] = {str: "", int: 0, bool: False, date: date(1900, 1, 1),
                        datetime: datetime(1900, 1, 1)}.get(py, "")
    return out


DEFAULTS = {t: _required_defaults(m) for t, m in TABLES.items()}
# Every column of a table, for plain Core inserts during a restore (missing ones become NULL/defaults).
BLANK_ROWS = {t: {**{c.key: None for c in inspect(m).columns}, **DEFAULTS[t]} for t, m in TABLES.items()}
INTEGRITY_EVERY_SECONDS = 15 * 60

SQL_COLUMNS = {t: [c for c in f if c in {col.key for col in inspect(TABLES[t]).columns}]
               for t, f in TABLE_FIELDS.items()}
SQL_KINDS = {t: [TABLE_FIELDS[t][c] for c in cols] for t, cols in SQL_COLUMNS.items()}
SQL_BLANK = {t: [sql_value(TABLE_FIELDS[t][c], DEFAULTS[t].get(c)) for c in cols] for t, cols in SQL_COLUMNS.items()}


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def _column_sql(n: int, kind: str, blank: Any) -> str:
    """The stored value of the wire value bound as parameter ?n, as sql_value makes it."""
    x, b = f"?{n}", _literal(blank)
    if kind == "datetime":  # the usual 2026-11-20T10:00:00 becomes 2026-11-20 10:00:00.000000
        return (f"CASE WHEN {x} IS NULL THEN {b} WHEN length({x}) = 19 AND substr({x}, 11, 1) IN ('T', ' ') "
                f"THEN substr({x}, 1, 10) || ' ' || substr({x}, 12) || '.000000' ELSE wd_datetime({x}) END")
    if kind == "date":
        return f"CASE WHEN {x} IS NULL THEN {b} WHEN length({x}) = 10 THEN {x} ELSE wd_date({x}) END"
    if kind == "bool":
        return f"coalesce({x} != 0, {b})"
    return x if b == "NULL" else f"coalesce({x}, {b})"


def _restore_insert(table: str) -> str:
    cols = SQL_COLUMNS[table]
    exprs = [_column_sql(n, k, b) for n, (k, b) in enumerate(zip(SQL_KINDS[table], SQL_BLANK[table], strict=True), 1)]
    n = len(cols)
    names = ", ".join(f'"{c}"' for c in cols)
    return (f'INSERT OR REPLACE INTO "{TABLES[table].__tablename__}" ({names}, id, version, updated_at) '
            f"VALUES ({', '.join(exprs)}, ?{n + 1}, ?{n + 2}, ?{n + 3})")


# Per table: the insert of the restore (restore.py). Its parameters are the wire values as they come, in the
# order of SQL_COLUMNS, then id, version, updated_at: the conversions are SQLite's work, not Python's.
RESTORE_INSERT = {t: _restore_insert(t) for t in SQL_COLUMNS}


# -- the generated restore_sql.py --------------------------------------------------------------------
def _schema() -> list[str]:
    """The statements that make a new file: the models' tables and indexes as create_all makes them on
    SQLite, then Alembic's version table as its `stamp` writes it, with the head revision."""
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table, create_engine, text

    from desktop.models.base import Base
    from desktop.models.revisions import known_head

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False),
              PrimaryKeyConstraint("version_num", name="alembic_version_pkc")).create(conn)  # as Alembic's
        statements = [sql for (sql,) in conn.execute(text(  # each table, then its indexes by name (their
            "SELECT m.sql FROM sqlite_master m JOIN sqlite_master t ON t.type = 'table' AND t.name = m.tbl_name "
            "WHERE m.sql IS NOT NULL ORDER BY t.rowid, m.type != 'table', m.name"))]  # order is not fixed)
    engine.dispose()
    return [*statements, f"INSERT INTO alembic_version (version_num) VALUES ({_literal(known_head())})"]


def restore_sql_source() -> str:
    """The text of sync/device/restore_sql.py as these models make it."""
    from pprint import pformat

    tables = {t: TABLES[t].__tablename__ for t in SQL_COLUMNS}
    columns = {t: tuple(cols) for t, cols in SQL_COLUMNS.items()}
    return (
        '"""GENERATED by `python -m sync.device.values` from the ORM models: do not edit by hand.\n\n'
        "The statements of a new local file and of a restore's inserts, for the code that writes them without\n"
        "SQLAlchemy (restore_rows.py). tests/unit/test_restore_sql.py fails when the models change and this\n"
        'file was not made again."""\n\n'
        + "".join(f"{name} = {pformat(value, width=108, sort_dicts=False)}\n\n" for name, value in (
            ("SCHEMA", tuple(_schema())), ("TABLE_NAMES", tables), ("COLUMNS", columns),
            ("INSERT", RESTORE_INSERT))).rstrip("\n") + "\n"
    )


if __name__ == "__main__":  # python -m sync.device.values: make restore_sql.py again
    from pathlib import Path

    Path(__file__).with_name("restore_sql.py").write_text(restore_sql_source(), encoding="utf-8")
