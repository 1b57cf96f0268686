"""push_fields.field_problem (checks whole groups of values at once) refuses exactly what the plain per-field
check (protocol.check_value, field by field in order) refuses, with the same reason."""

from __future__ import annotations

import random
from typing import Any

from sync.protocol import TABLE_FIELDS, check_value
from sync.server.push_fields import field_problem


def reference(table: str, fields: dict[str, Any]) -> str | None:
    spec = TABLE_FIELDS.get(table)
    if spec is None:
        return f"unknown table {table!r}"
    for name, value in fields.items():
        if name not in spec:
            return f"unknown field {name!r} for table '{table}'"
        why = check_value(spec[name], value)
        if why:
            return f"field '{table}.{name}': {why}"
    return None


ODD = [None, "", "x", "Zoë Çelik", "a\x00b", "\ud800", "x" * 37, "x" * 81, 0, 1, -1, 2**31, -(2**31), True, False,
       1.5, [], {}, ["a"], {"a": 1}, "2026-07-20", "2026-7-20", "0999-01-01", "2026-07-20T10:00:00",
       "2026-07-20T10:00:00+02:00", "2026-07-20T10:00:00.123456", "2026-07-20 10:00", "20260720", "9999-12-31"]


def test_field_problem_matches_check_value_field_by_field() -> None:
    rnd = random.Random(18)
    tables = sorted(TABLE_FIELDS)
    for _ in range(20_000):
        table = rnd.choice(tables + ["nope"])
        names = list(TABLE_FIELDS.get(table, {"a": "str36"}))
        rnd.shuffle(names)
        fields = {n: None for n in names[:rnd.randint(0, len(names))]}
        for name in rnd.sample(list(fields), min(len(fields), rnd.randint(0, 3))):
            fields[name] = rnd.choice(ODD)
        if rnd.random() < 0.05:
            fields["no_such_field"] = "x"
        assert field_problem(table, fields) == reference(table, fields), (table, fields)
        # a second time: the accepted dates and the table's plan are remembered now
        assert field_problem(table, fields) == reference(table, fields), (table, fields)
