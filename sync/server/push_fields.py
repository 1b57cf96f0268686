"""A pushed mutation's own checks, before the store is asked anything: its payload hash (idempotency) and the
type of every field value (protocol.check_value), both per mutation of a batch of up to 1,000: kept cheap."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sync.jsontext import canonical
from sync.policy.roles import forbidden_fields
from sync.protocol import MAX_YEAR, MIN_YEAR, TABLE_FIELDS, Mutation, check_value, is_unicode

_PLAIN = frozenset((str, int, bool, type(None)))  # field values model_dump(mode="json") keeps as they are


def payload_hash(m: Mutation) -> str:
    """sha256 of the mutation's canonical JSON (sorted keys, no spaces, UTF-8).

    The document is m.model_dump(mode="json"); built by hand when every field value is a plain JSON
    scalar (the same dict, without pydantic's serialiser), else taken from pydantic."""
    if set(map(type, m.fields.values())) <= _PLAIN:
        doc = {"mutation_id": m.mutation_id, "device_id": m.device_id, "seq": m.seq, "table": m.table,
               "row_id": m.row_id, "op": m.op, "fields": m.fields, "base_version": m.base_version,
               "schema_version": m.schema_version}
        return hashlib.sha256(canonical(doc, scalars=True)).hexdigest()
    return hashlib.sha256(canonical(m.model_dump(mode="json"))).hexdigest()


# ISO dates and datetimes accepted before: a batch repeats the same few (a start date, today), and parsing is
# the dearest check. Validity depends on the text alone; the sets are emptied when they grow large.
_TIMES_SEEN: dict[str, set[str]] = {"date": set(), "datetime": set()}
_TIMES_KEPT = 50_000


def _fast_check(kind: str) -> Callable[[Any], bool]:
    """A cheap test that is True only where protocol.check_value(kind, v) accepts v (else ask check_value)."""
    if kind.startswith("str") or kind == "text":
        n = 100_000 if kind == "text" else int(kind[3:])
        return lambda v: v is None or (type(v) is str and len(v) <= n and "\x00" not in v
                                       and (v.isascii() or is_unicode(v)))
    if kind == "bool":
        return lambda v: v is None or type(v) is bool
    if kind == "int":
        return lambda v: v is None or (type(v) is int and -(2**31) <= v < 2**31)
    if kind in ("date", "datetime"):  # a datetime without a time zone (with one, check_value converts it to UTC)
        seen, parse, longest = _TIMES_SEEN[kind], (date if kind == "date" else datetime), (10 if kind == "date" else 26)

        def check(v: Any) -> bool:
            if v is None:
                return True
            if type(v) is not str:
                return False
            if v in seen:
                return True
            if len(v) <= longest and (kind == "datetime" or len(v) == 10) and _iso_year(parse, v):
                if len(seen) >= _TIMES_KEPT:
                    seen.clear()
                seen.add(v)
                return True
            return False
        return check
    return lambda v: v is None


def _iso_year(kind: type[date], text: str) -> bool:
    """`text` is an ISO date (datetime) without a time zone in the years the store keeps."""
    try:
        parsed = kind.fromisoformat(text)
    except ValueError:
        return False
    return getattr(parsed, "tzinfo", None) is None and MIN_YEAR <= parsed.year <= MAX_YEAR


# table -> field -> (kind, fast check, the length limit of a string kind (0 for the others))
_CHECKS = {table: {name: (kind, _fast_check(kind), 100_000 if kind == "text" else
                          int(kind[3:]) if kind.startswith("str") else 0)
                   for name, kind in spec.items()}
           for table, spec in TABLE_FIELDS.items()}


def field_problem(table: str, fields: dict[str, Any]) -> str | None:
    """Why this table or one of these fields (in order) is refused, or None when all fit protocol.check_value."""
    spec = _CHECKS.get(table)
    if spec is None:
        return f"unknown table {table!r}"
    for name, value in fields.items():
        check = spec.get(name)
        if check is None:
            return f"unknown field {name!r} for table '{table}'"
        if value is None:  # fits every field
            continue
        # inline, the common case: a short ASCII string (no call)
        if check[2] and type(value) is str and value.isascii() and len(value) <= check[2] and "\x00" not in value:
            continue
        if not check[1](value):
            why = check_value(check[0], value)
            if why:
                return f"field '{table}.{name}': {why}"
    return None


_ROLE_FREE: dict[tuple[str, str, str], bool] = {}


def role_free(role: str, table: str, op: str) -> bool:
    """roles.forbidden_fields finds nothing for this role, table and op even with every field set (and not
    None or False): then it finds nothing in any mutation, and the caller need not collect the changed fields.
    (Each field is forbidden or not on its own, so fewer fields never forbid more.)"""
    key = (role, table, op)
    free = _ROLE_FREE.get(key)
    if free is None:
        every = dict.fromkeys(TABLE_FIELDS.get(table, ()), "x")
        free = _ROLE_FREE[key] = bool(every) and not forbidden_fields(role, table, every, op)
    return free
