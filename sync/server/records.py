"""The generic synced row (`record`) in memory: load in bulk, change, derive scope columns, write in bulk."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    String,
    Table,
    and_,
    any_,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.types import ARRAY

from sync.jsontext import dumps, loads
from sync.protocol import CLIENT_TABLES, TABLE_FIELDS, TEAM_TABLES

from .db import Numbers
from .models import T_RECORD, T_REMOVAL, utcnow

CHUNK = 900  # stays under SQLite's bound-parameter limit




_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, list[tuple[str, Any]]] | None] = {}


def _driver_insert(conn: Connection, table: Table, cols: tuple[str, ...]) -> tuple[str, list[tuple[str, Any]]] | None:
    """The dialect's positional INSERT text for these columns, with (column, bind processor) in parameter
    order; compiled once per table and column list. None when the dialect does not use `?` parameters."""
    key = (table.name, cols)
    if key not in _INSERTS:
        dialect = conn.dialect
        compiled = insert(table).values({c: bindparam(c) for c in cols}).compile(dialect=dialect)
        order = list(compiled.positiontup or ())
        ok = dialect.paramstyle == "qmark" and sorted(order) == sorted(cols)
        _INSERTS[key] = (str(compiled), [(c, table.c[c].type._cached_bind_processor(dialect)) for c in order]) \
            if ok else None
    return _INSERTS[key]


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: COPY on PostgreSQL (one round trip), one driver executemany on SQLite."""
    if rows:
        insert_columns(conn, table, {c: [row[c] for row in rows] for c in rows[0]})


def insert_columns(conn: Connection, table: Table, columns: dict[str, list[Any]],
                   meanwhile: Callable[[], None] | None = None) -> None:
    """bulk_insert of rows given column by column (column -> its values, all of one length): both COPY's
    text and the driver's parameter tuples are built a column at a time. `meanwhile`: see copy_pieces (called
    after the insert where there is no COPY)."""
    cols = list(columns)
    if not cols or not columns[cols[0]]:
        if meanwhile is not None:
            meanwhile()
        return
    if conn.dialect.name == "postgresql":
        n = len(columns[cols[0]])
        copy_pieces(conn, table, cols, (copy_text(table, {c: v[i:i + COPY_PIECE] for c, v in columns.items()})
                                        for i in range(0, n, COPY_PIECE)), meanwhile)
        return
    plan = _driver_insert(conn, table, tuple(cols)) if conn.dialect.name == "sqlite" else None
    if plan is not None:
        sql, pairs = plan
        ordered = [columns[c] if p is None else list(map(_once(p), columns[c])) for c, p in pairs]
        conn.exec_driver_sql(sql, list(zip(*ordered, strict=True)))
    else:
        conn.execute(insert(table), [dict(zip(cols, values, strict=True))
                                     for values in zip(*columns.values(), strict=True)])
    if meanwhile is not None:
        meanwhile()


COPY_PIECE = 250  # rows per piece of COPY text: PostgreSQL inserts one piece while the next is made


def copy_pieces(conn: Connection, table: Table, cols: Iterable[str], pieces: Iterable[str],
                meanwhile: Callable[[], None] | None = None) -> None:
    """COPY rows into `table` on PostgreSQL, sending each piece of COPY text as soon as it is made: the
    database inserts the rows sent while Python makes the next piece (a push's record JSON, its COPY text).

    meanwhile: work of the caller's that does not need the connection, done after the last piece has gone
    out and before waiting for the database to finish inserting (the last pieces and the index entries take it
    several milliseconds more for a push batch: Python would otherwise sit idle)."""
    from psycopg.copy import LibpqWriter  # only here: a store on SQLite runs without psycopg

    names = ", ".join(f'"{c}"' for c in cols)
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        # Every piece is flushed to the socket when written (threshold 0): the database has all of it while
        # `meanwhile` runs, not the last few kilobytes only when the COPY ends.
        with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN', writer=LibpqWriter(cur, flush_threshold=0)) as copy:
            for piece in pieces:
                copy.write(piece)
            if meanwhile is not None:
                meanwhile()


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _once(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`convert`, computed once per distinct value: a batch repeats the same few values in the converted
    columns (one timestamp, true/false)."""
    seen: dict[Any, Any] = {}

    def converted(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            seen[value] = result = convert(value)
            return result
    return converted


_NEEDS_ESCAPE = re.compile(r"[\\\t\n\r]")


def _copy_column(kind: type, values: list[Any]) -> list[str]:
    """One column's values in COPY's text format (None is \\N for every column), converted column by column:
    a batch repeats a few values in most columns (a timestamp, true/false, one owner), and plain strings need
    no work at all."""
    if kind is str:
        joined = "".join(filter(None, values))
        # the common case: no value to escape (four substring searches are many times faster than one regex)
        if "\\" not in joined and "\t" not in joined and "\n" not in joined and "\r" not in joined:
            return ["\\N" if v is None else v for v in values]
        search = _NEEDS_ESCAPE.search
        return ["\\N" if v is None else v.translate(_COPY_ESCAPES) if search(v) else v for v in values]
    if kind is bool:
        return ["\\N" if v is None else "t" if v else "f" for v in values]
    if kind is int:
        return ["\\N" if v is None else str(v) for v in values]
    convert = _once(lambda v: v.isoformat(sep=" ") if kind is datetime else str(v))
    return ["\\N" if v is None else convert(v) for v in values]


def copy_text(table: Table, columns: dict[str, list[Any]]) -> str:
    """The rows in PostgreSQL's COPY text format, built in one go: psycopg's row-by-row writer costs more
    than the database's work for a push batch."""
    texts = [_copy_column(table.c[c].type.python_type, values) for c, values in columns.items()]
    return "\n".join(map("\t".join, zip(*texts, strict=True))) + "\n"


def parse_dt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt


def chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def among(conn: Connection, col: Column, values: list[str]) -> ColumnElement[bool]:
    """`col IN (values)` as one bound parameter, so the statement text (and its compiled form, and
    PostgreSQL's prepared plan) is the same whatever the number of values: `= ANY(array)` on PostgreSQL,
    `IN (SELECT value FROM json_each(?))` on SQLite (both use the index on `col`)."""
    dialect = conn.dialect.name
    if dialect not in _LIST_TYPE:
        return col.in_(list(values))
    return among_param(dialect, col, bindparam(None, ids_value(conn, values), type_=_LIST_TYPE[dialect]))


_LIST_TYPE: dict[str, Any] = {"postgresql": ARRAY(String), "sqlite": String}


def among_param(dialect: str, col: Column, param: Any) -> ColumnElement[bool]:
    """`col IN (param)` for a parameter holding ids_value(...) (see among)."""
    if dialect == "postgresql":
        # A list parameter (a real text[] on the wire), not a text literal cast to an array in SQL: that cast is
        # evaluated for every row a sequential scan visits (a store whose statistics are not yet refreshed):
        # 1.3 s instead of 2 ms for 1,000 keys over 4,000 mutation ids.
        return col == any_(param)
    if dialect == "sqlite":
        return col.in_(select(func.json_each(param).table_valued("value").c.value))
    return col.in_(param)


def ids_value(conn: Connection, values: Iterable[str]) -> Any:
    """The value of an among_param parameter: a list, or JSON text on SQLite."""
    return dumps(list(values)) if conn.dialect.name == "sqlite" else list(values)


_PREPARED: dict[tuple[str, str], Any] = {}


def prepared(conn: Connection, name: str, build: Callable[[str], Any]) -> Any:
    """A statement built once per database kind, its values bound at each call: building a select and
    computing its cache key costs about as much as the lookup itself, and a push makes several per batch."""
    key = (conn.dialect.name, name)
    stmt = _PREPARED.get(key)
    if stmt is None:
        stmt = _PREPARED[key] = build(conn.dialect.name)
    return stmt


def ids_bind(dialect: str, name: str = "ids") -> Any:
    """A named parameter for ids_value(...) in a prepared statement."""
    if dialect in _LIST_TYPE:
        return bindparam(name, type_=_LIST_TYPE[dialect])
    return bindparam(name, expanding=True)


@dataclass
class Rec:
    table: str
    row_id: str
    version: int = 0
    seq: int = 0
    data: dict[str, Any] = field(default_factory=dict)
    fv: dict[str, int] = field(default_factory=dict)
    vd: dict[str, str] = field(default_factory=dict)
    client_id: str | None = None
    owner_id: str | None = None
    team_id: str | None = None
    shared: bool = False
    deleted_at: datetime | None = None
    is_new: bool = False
    dirty: bool = False
    origin: str | None = None  # record.origin_device: the device whose copy is this version (no echo)

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.row_id)

    @property
    def deleted(self) -> bool:
        return self.data.get("deleted_at") is not None

    def copy(self) -> Rec:
        return Rec(self.table, self.row_id, self.version, self.seq, dict(self.data), dict(self.fv), dict(self.vd),
                   self.client_id, self.owner_id, self.team_id, self.shared, self.deleted_at, self.is_new,
                   self.dirty, self.origin)

    def derive(self) -> None:
        """Scope columns follow the data (DESIGN §4.5)."""
        d = self.data
        if self.table == "client":
            self.client_id, self.owner_id, self.team_id = self.row_id, d.get("coach_id"), d.get("team_id")
        elif self.table in CLIENT_TABLES:
            self.client_id = d.get("client_id")
            self.owner_id = d.get("specialist_id") if self.table == "placement" else None
        elif self.table in TEAM_TABLES:  # the absence approach's groups and sessions belong to a team
            self.team_id = d.get("team_id")
        self.shared = bool(d.get("shared_with_specialists")) if self.table == "agreement" else False
        self.deleted_at = parse_dt(d.get("deleted_at"))

    def writer(self, f: str) -> str | None:
        """The device that last changed field `f`."""
        v = self.fv.get(f)
        return None if v is None else self.vd.get(str(v))

    def change(self, fields: dict[str, Any], device_id: str, seq: Numbers) -> None:
        """Apply changed fields as the next version, made by `device_id`."""
        self.version += 1
        self.data.update(fields)
        for f in fields:
            self.fv[f] = self.version
        live = {str(v) for v in self.fv.values()}
        self.vd = {k: d for k, d in self.vd.items() if k in live}
        self.vd[str(self.version)] = device_id
        self.derive()
        self.stamp(seq)

    def stamp(self, seq: Numbers) -> None:
        """A new change number. Whoever changed or re-sent the row sets `origin` again after this: a row
        re-sent to a new scope must reach even the device that made it (it may have removed its copy)."""
        self.seq = seq.next()
        self.dirty = True
        self.origin = None


_EMPTY = {table: dict.fromkeys(spec) for table, spec in TABLE_FIELDS.items()}  # every column None, in order


def new_rec(table: str, row_id: str, fields: dict[str, Any], device_id: str, seq: Numbers) -> Rec:
    data = _EMPTY[table].copy()
    data.update(fields)
    rec = Rec(table, row_id, version=1, data=data, fv=dict.fromkeys(fields, 1), vd={"1": device_id},
              is_new=True)
    rec.derive()
    rec.stamp(seq)
    return rec


def _from_row(row: Any) -> Rec:
    """A record from a row of _COLS (a tuple from read_many, or a SQLAlchemy row)."""
    table, row_id, version, seq, data, fv, vd, client_id, owner_id, team_id, shared, deleted_at, origin = row
    return Rec(table, row_id, version, seq, loads(data), loads(fv), loads(vd), client_id, owner_id, team_id,
               bool(shared), deleted_at, origin=origin)


_COLS = (T_RECORD.c.table_name, T_RECORD.c.row_id, T_RECORD.c.version, T_RECORD.c.seq, T_RECORD.c.data,
         T_RECORD.c.field_versions, T_RECORD.c.version_devices, T_RECORD.c.client_id, T_RECORD.c.owner_id, T_RECORD.c.team_id,
         T_RECORD.c.shared, T_RECORD.c.deleted_at, T_RECORD.c.origin_device)


def load_by_keys(conn: Connection, keys: Iterable[tuple[str, str]], lock: bool = False) -> dict[tuple[str, str], Rec]:
    """The records with these (table, row id) keys: one primary-key query per table.

    lock: row-lock them until the transaction ends (PostgreSQL; SQLite's write lock covers everything)."""
    return recs_of(read_many(conn, key_reads(conn, keys, lock)))


def key_reads(conn: Connection, keys: Iterable[tuple[str, str]], lock: bool = False) -> list[Read]:
    """load_by_keys's lookups, for read_many (with others); recs_of makes their answers into records."""
    by_table: dict[str, set[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, set()).add(row_id)
    return [Read(f"by_keys:{lock}", partial(_by_keys, lock=lock), {"table": table, "ids": ids_value(conn, sorted(ids))})
            for table, ids in sorted(by_table.items())]


def recs_of(answers: Iterable[list[Any]]) -> dict[tuple[str, str], Rec]:
    out: dict[tuple[str, str], Rec] = {}
    for rows in answers:
        for row in rows:
            rec = _from_row(row)
            out[rec.key] = rec
    return out


def _by_keys(dialect: str, lock: bool) -> Any:
    stmt = select(*_COLS).where(T_RECORD.c.table_name == bindparam("table"),
                                among_param(dialect, T_RECORD.c.row_id, ids_bind(dialect)))
    return stmt.with_for_update(key_share=True) if lock else stmt  # FOR NO KEY UPDATE


class Read(NamedTuple):
    """A lookup for read_many: a statement built once per database kind (see `prepared`) and its values."""

    name: str
    build: Callable[[str], Any]
    params: dict[str, Any]


_PG_TEXT: dict[str, str] = {}


def read_many(conn: Connection, reads: list[Read], meanwhile: Callable[[], None] | None = None) -> list[list[Any]]:
    """The rows of each lookup (tuples in the statement's column order).

    On PostgreSQL the lookups go out together in one pipeline, straight to the driver: one wait for all of
    them instead of one round trip and one pass through SQLAlchemy each (a push batch makes half a dozen before
    it can decide anything); `meanwhile` (work that needs no connection) runs while the database answers.
    Elsewhere they run one after another, then `meanwhile`."""
    if conn.dialect.name != "postgresql":
        answers = [list(conn.execute(prepared(conn, r.name, r.build), r.params)) for r in reads]
        if meanwhile is not None:
            meanwhile()
        return answers
    texts = []
    for r in reads:
        sql = _PG_TEXT.get(r.name)
        if sql is None:
            compiled = prepared(conn, r.name, r.build).compile(dialect=conn.dialect)
            if any(value is not None for value in compiled.params.values()):  # it would go out without them
                raise ValueError(f"statement {r.name!r} holds values of its own: bind them by name")
            sql = _PG_TEXT[r.name] = str(compiled)
        texts.append(sql)
    raw = conn.connection.driver_connection
    with raw.pipeline():
        cursors = [raw.execute(sql, r.params) for sql, r in zip(texts, reads, strict=True)]
        if meanwhile is not None:
            meanwhile()
    return [cur.fetchall() for cur in cursors]


def load_table(conn: Connection, table: str) -> list[Rec]:
    """Every record of one table (central tables, or a scan by an admin command)."""
    return [_from_row(row) for row in conn.execute(select(*_COLS).where(T_RECORD.c.table_name == table))]


def load_by_client_ids(conn: Connection, client_ids: Iterable[str],
                       tables: Iterable[str] | None = None) -> dict[tuple[str, str], Rec]:
    """All records of these clients (the client rows themselves included), of `tables` when given.

    The tables are compared as `table_name || ''`, which no index serves: with a plain `table_name IN (...)`
    SQLite walks the primary key over every row of those tables instead of using the client_id index (76 ms
    instead of 0.1 ms at 100,000 records). Filtered in SQL, the other tables' rows never reach Python."""
    ids = sorted({c for c in client_ids if c})
    out: dict[tuple[str, str], Rec] = {}
    if not ids:
        return out
    # one bound parameter (among), not IN with a placeholder per id: psycopg parses such long statements
    # again for every call
    names = None if tables is None else sorted(set(tables))
    stmt = prepared(conn, f"by_clients:{names is None}", lambda d: _by_clients(d, names is not None))
    for row in conn.execute(stmt, {"ids": ids_value(conn, ids)} if names is None else
                            {"ids": ids_value(conn, ids), "tables": names}):
        rec = _from_row(row)
        out[rec.key] = rec
    return out


def _by_clients(dialect: str, tables: bool) -> Any:
    stmt = select(*_COLS).where(among_param(dialect, T_RECORD.c.client_id, ids_bind(dialect)))
    return stmt.where(T_RECORD.c.table_name.concat("").in_(bindparam("tables", expanding=True))) if tables else stmt


def clients_with(conn: Connection, table: str, client_ids: Iterable[str]) -> set[str]:
    """Those of `client_ids` that have at least one `table` row (deleted ones included)."""
    ids = sorted({c for c in client_ids if c})
    if not ids:
        return set()
    # `table_name || ''`: not indexable, so both databases find the rows by client_id (a client has a few
    # dozen) instead of walking every row of `table`. The ids as one bound parameter (see load_by_client_ids).
    return {r[0] for r in conn.execute(select(T_RECORD.c.client_id).where(
        among(conn, T_RECORD.c.client_id, ids), T_RECORD.c.table_name.concat("") == table).distinct())}


def load_clients_of_owners(conn: Connection, owner_ids: Iterable[str]) -> list[str]:
    owners = sorted(set(owner_ids))
    if not owners:
        return []
    stmt = select(T_RECORD.c.row_id).where(T_RECORD.c.table_name == "client", T_RECORD.c.owner_id.in_(owners))
    return [r[0] for r in conn.execute(stmt)]


def _row_params(rec: Rec, now: datetime) -> dict[str, Any]:
    return {"client_id": rec.client_id, "owner_id": rec.owner_id, "team_id": rec.team_id, "shared": rec.shared,
            "version": rec.version, "seq": rec.seq, "data": dumps(rec.data), "field_versions": dumps(rec.fv),
            "version_devices": dumps(rec.vd), "deleted_at": rec.deleted_at, "updated_at": now,
            "origin_device": rec.origin}


def write_records(conn: Connection, recs: Iterable[Rec], meanwhile: Callable[[], None] | None = None) -> int:
    """Insert the new and update the changed records, in two bulk statements. On PostgreSQL the new ones are
    made into COPY text a piece at a time, each piece inserted while the next is made (copy_pieces).
    meanwhile: called once, while the database inserts the new records when there are some (copy_pieces)."""
    now = utcnow()
    new: list[Rec] = []
    changed = []
    for rec in recs:
        if not rec.dirty:
            continue
        if rec.is_new:
            new.append(rec)
        else:
            params = _row_params(rec, now)
            params.update(k_table=rec.table, k_row=rec.row_id)
            changed.append(params)
        rec.dirty = rec.is_new = False
    if new and conn.dialect.name == "postgresql":
        copy_pieces(conn, T_RECORD, _NEW_COLUMNS, (copy_text(T_RECORD, _new_columns(new[i:i + COPY_PIECE], now))
                                                   for i in range(0, len(new), COPY_PIECE)), meanwhile)
    elif new:
        insert_columns(conn, T_RECORD, _new_columns(new, now), meanwhile)
    elif meanwhile is not None:
        meanwhile()
    if changed:
        stmt = (update(T_RECORD)
                .where(T_RECORD.c.table_name == bindparam("k_table"), T_RECORD.c.row_id == bindparam("k_row"))
                .values({c: bindparam(c) for c in ("client_id", "owner_id", "team_id", "shared", "version", "seq",
                                                    "data", "field_versions", "version_devices", "deleted_at",
                                                    "updated_at", "origin_device")}))
        conn.execute(stmt, changed)
    return len(new) + len(changed)


def _new_columns(new: list[Rec], now: datetime) -> dict[str, list[Any]]:
    """New records column by column (insert_columns)."""
    return {"table_name": [r.table for r in new], "row_id": [r.row_id for r in new],
            "client_id": [r.client_id for r in new], "owner_id": [r.owner_id for r in new],
            "team_id": [r.team_id for r in new], "shared": [r.shared for r in new],
            "version": [r.version for r in new], "seq": [r.seq for r in new],
            "data": [dumps(r.data) for r in new], "field_versions": [dumps(r.fv) for r in new],
            "version_devices": [dumps(r.vd) for r in new], "deleted_at": [r.deleted_at for r in new],
            "updated_at": [now] * len(new), "origin_device": [r.origin for r in new]}


_NEW_COLUMNS = tuple(_new_columns([], datetime.min))  # in the order of its text


def write_removals(conn: Connection, seq: Numbers, removals: Iterable[tuple[str, str, str]]) -> int:
    """(user_id, table, row_id) left that user's scope: each gets its own change number."""
    rows = [{"seq": seq.next(), "user_id": u, "table_name": t, "row_id": r} for u, t, r in removals]
    bulk_insert(conn, T_REMOVAL, rows)
    return len(rows)


def touch_clients(conn: Connection, seq: Numbers, client_ids: Iterable[str]) -> int:
    """Give every record of these clients a new change number, so whoever gained them pulls them."""
    ids = sorted(set(client_ids))
    total = 0
    for part in chunks(ids):
        keys = conn.execute(select(T_RECORD.c.table_name, T_RECORD.c.row_id)
                            .where(T_RECORD.c.client_id.in_(part)).order_by(T_RECORD.c.seq)).all()
        total += touch_keys(conn, seq, keys)
    return total


def touch_keys(conn: Connection, seq: Numbers, keys: Iterable[tuple[str, str]]) -> int:
    """New change numbers for these records; no device is their origin any more (they are re-sent to whoever
    gained them, and that may be a device that made them and removed its copy when it lost them)."""
    now = utcnow()
    params = [{"k_table": t, "k_row": r, "seq": seq.next(), "updated_at": now} for t, r in keys]
    if params:
        conn.execute(update(T_RECORD)
                     .where(T_RECORD.c.table_name == bindparam("k_table"), T_RECORD.c.row_id == bindparam("k_row"))
                     .values(seq=bindparam("seq"), updated_at=bindparam("updated_at"), origin_device=None), params)
    return len(params)


def record_keys_of_clients(conn: Connection, client_ids: Iterable[str]) -> list[tuple[str, str]]:
    ids = sorted(set(client_ids))
    out: list[tuple[str, str]] = []
    for part in chunks(ids):
        out.extend((t, r) for t, r in conn.execute(
            select(T_RECORD.c.table_name, T_RECORD.c.row_id).where(T_RECORD.c.client_id.in_(part))))
    return out


def key_filter(keys: list[tuple[str, str]]):  # noqa: ANN201
    return or_(*(and_(T_RECORD.c.table_name == t, T_RECORD.c.row_id == r) for t, r in keys))
