"""The wire contract lists exactly the synced columns of the desktop models, with matching types."""

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, inspect

from desktop.models.entities import TABLES
from sync.protocol import TABLE_FIELDS, check_value


def kind_of(col) -> str:
    t = col.type
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Text):
        return "text"
    assert isinstance(t, String)
    return f"str{t.length}"


def test_tables_and_fields_match_models():
    assert set(TABLE_FIELDS) == set(TABLES)
    for name, model in TABLES.items():
        cols = {c.key: kind_of(c) for c in inspect(model).columns if c.key not in ("id", "version", "updated_at")}
        assert TABLE_FIELDS[name] == cols, name


def test_check_value():
    assert check_value("str5", "abc") is None
    assert check_value("str5", "abcdef") == "longer than 5 characters"
    assert check_value("int", True) == "expected a whole number"
    assert check_value("bool", 1) == "expected true or false"
    assert check_value("date", "2026-02-30") == "not a valid date"
    assert check_value("datetime", "2026-02-03T10:00:00") is None
    assert check_value("text", None) is None


def test_server_knows_this_desktops_schema():
    from desktop.models.migrate import known_head
    from sync.protocol import DESKTOP_SCHEMAS, schema_accepted

    assert DESKTOP_SCHEMAS[-1] == known_head()
    assert schema_accepted(known_head())
