"""records.py: bulk lookups by key find exactly the asked rows, whatever characters the ids hold."""

from __future__ import annotations

from sqlalchemy import text

from sync.server.db import Store
from sync.server.records import clients_with, load_by_keys

ODD = ['plain', 'with "quotes"', "back\\slash", "comma,brace}{", "NULL", "", "Çelik ü 中", "'single'"]


def test_load_by_keys_with_odd_ids(db_url):
    store = Store(db_url)
    try:
        with store.engine.begin() as conn:
            for seq, row_id in enumerate(ODD, 1):
                conn.execute(text(
                    "INSERT INTO record (table_name, row_id, client_id, shared, version, seq, data, field_versions, "
                    "version_devices, updated_at) VALUES ('agreement', :r, :c, false, 1, :s, '{}', '{}', '{}', "
                    "CURRENT_TIMESTAMP)"), {"r": row_id, "c": f"client {row_id}", "s": seq})
        with store.engine.connect() as conn:
            found = load_by_keys(conn, [("agreement", r) for r in ODD] + [("client", "plain"), ("agreement", "x")])
            assert set(found) == {("agreement", r) for r in ODD}
            assert clients_with(conn, "agreement", [f"client {r}" for r in ODD[:3]] + ["nobody"]) == {
                f"client {r}" for r in ODD[:3]}
            assert clients_with(conn, "placement", [f"client {r}" for r in ODD]) == set()
    finally:
        store.dispose()
