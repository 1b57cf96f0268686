"""records.py: bulk lookups by key find exactly the asked rows, whatever characters the ids hold."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from sqlalchemy import select, text

from sync.server.db import PushSeq, Store
from sync.server.models import T_APPLIED, T_RECORD
from sync.server.policy_check import SETTINGS_READ, guard_for
from sync.server.records import (
    Read,
    bulk_insert,
    clients_with,
    insert_columns,
    key_reads,
    load_by_client_ids,
    load_by_keys,
    new_rec,
    read_many,
    recs_of,
    write_records,
)

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


def _put(conn, table: str, row_id: str, client_id: str, data: str = "{}", seq: int = 0) -> None:
    conn.execute(text(
        "INSERT INTO record (table_name, row_id, client_id, shared, version, seq, data, field_versions, "
        "version_devices, updated_at) VALUES (:t, :r, :c, false, 1, :s, :d, '{}', '{}', CURRENT_TIMESTAMP)"),
        {"t": table, "r": row_id, "c": client_id, "s": seq, "d": data})


def test_load_by_client_ids_of_some_tables(db_url):
    """The tables are filtered by the database: rows of other tables are not returned, whatever the ids hold."""
    store = Store(db_url)
    try:
        with store.engine.begin() as conn:
            for n, cid in enumerate(ODD):
                for k, table in enumerate(("client", "signal", "conversation", "agreement")):
                    _put(conn, table, cid if table == "client" else f"{table} {cid}", cid, seq=n * 10 + k + 1)
        with store.engine.connect() as conn:
            some = load_by_client_ids(conn, ODD[:4] + ["nobody"], ("signal", "agreement"))
            every = load_by_client_ids(conn, ODD[:2])
            assert load_by_client_ids(conn, ODD, ()) == {}
        assert set(some) == {(t, f"{t} {c}") for c in ODD[:4] for t in ("signal", "agreement")}
        assert {k[0] for k in every} == {"client", "signal", "conversation", "agreement"} and len(every) == 8
    finally:
        store.dispose()


def test_the_policy_preload_reads_only_what_a_judgement_needs(db_url):
    """A batch touching a stored client's rows loads that client's signals, call attempts and absences and the
    follow-up conversations they (or the batch's absences) name, not every conversation of the client."""
    store = Store(db_url)
    named = '{"followup_conversation_id": "conv named"}'
    try:
        with store.engine.begin() as conn:
            _put(conn, "client", "c1", "c1", seq=1)
            for n in range(5):
                _put(conn, "conversation", f"conv {n}", "c1", seq=10 + n)
            _put(conn, "conversation", "conv named", "c1", seq=20)
            _put(conn, "conversation", "conv in batch", "c1", seq=21)
            _put(conn, "absence", "a1", "c1", data=named, seq=22)
            _put(conn, "signal", "s1", "c1", seq=23)
            _put(conn, "agreement", "g1", "c1", seq=24)
        with store.engine.connect() as conn:
            recs = load_by_keys(conn, [("client", "c1")])
            guard_for(conn, recs, None, [("conversation", "new", {"client_id": "c1"}),
                                         ("absence", "a2", {"client_id": "c1",
                                                            "followup_conversation_id": "conv in batch"})])
        assert set(recs) == {("client", "c1"), ("absence", "a1"), ("signal", "s1"), ("conversation", "conv named"),
                             ("conversation", "conv in batch")}
    finally:
        store.dispose()


def test_bulk_insert_keeps_every_character(db_url):
    """PostgreSQL gets COPY text built by hand: backslashes, tabs, newlines, NULLs, booleans and times must
    come back exactly as given (SQLite takes the same rows through executemany)."""
    store = Store(db_url)
    tricky = 'a\\b\tc\nd\re \\N \\. "q" ü 中'
    when = datetime(2026, 11, 26, 15, 4, 5, 123456)
    rows = [{"table_name": "agreement", "row_id": f"r{i}", "client_id": None if i else tricky, "owner_id": None,
             "team_id": None, "shared": bool(i % 2), "version": 2**31 - 3 + i, "seq": 2**40 + i,
             "data": tricky * (i + 1), "field_versions": "{}", "version_devices": "{}",
             "deleted_at": None if i else when, "updated_at": when} for i in range(3)]
    try:
        with store.engine.begin() as conn:
            bulk_insert(conn, T_RECORD, rows)
        with store.engine.connect() as conn:
            got = [dict(r._mapping) for r in conn.execute(select(T_RECORD).order_by(T_RECORD.c.seq))]
        assert [{k: r[k] for k in rows[0]} for r in got] == rows
    finally:
        store.dispose()


def test_the_work_meanwhile_runs_once_while_the_rows_go_in(db_url):
    """write_records and insert_columns run the caller's `meanwhile` exactly once: on PostgreSQL after the last
    piece of COPY text is sent and before the COPY ends, elsewhere after the insert; also with nothing new."""
    store = Store(db_url)
    seq = PushSeq()
    recs = [new_rec("agreement", f"r{i}", {"client_id": "c1", "description": f"{i}"}, "dev", seq) for i in range(600)]
    calls: list[int] = []
    try:
        with store.engine.begin() as conn:
            def count_rows() -> None:  # on PostgreSQL the COPY is still open: only Python work may happen here
                calls.append(len(recs))
            assert write_records(conn, recs, count_rows) == 600
            assert calls == [600]
            write_records(conn, [], count_rows)
            assert calls == [600, 600]
            insert_columns(conn, T_APPLIED, {"mutation_id": ["m1"], "user_id": ["u"], "device_id": ["d"],
                                             "payload_hash": ["h"], "result_json": ["{}"],
                                             "created_at": [datetime(2026, 12, 2)]}, count_rows)
            assert calls == [600, 600, 600]
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM record")).scalar() == 600
            assert conn.execute(text("SELECT count(*) FROM applied_mutation")).scalar() == 1
    finally:
        store.dispose()


def test_lookups_sent_together_answer_as_one_by_one(db_url):
    """read_many (on PostgreSQL one pipeline straight to the driver) gives each lookup the rows it gives alone,
    in order, with the caller's work done meanwhile; a statement carrying values of its own is refused (they
    would not go out with it)."""
    store = Store(db_url)
    try:
        with store.engine.begin() as conn:
            for seq, row_id in enumerate(ODD, 1):
                _put(conn, "agreement", row_id, f"client {row_id}", seq=seq)
            _put(conn, "client", "c-1", "c-1", seq=100)
        with store.engine.begin() as conn:
            keys = [("agreement", r) for r in ODD[:4]] + [("client", "c-1"), ("client", "nobody"), ("signal", "x")]
            done: list[str] = []
            reads = [*key_reads(conn, keys, lock=True), SETTINGS_READ, *key_reads(conn, [("agreement", ODD[5])])]
            answers = read_many(conn, reads, lambda: done.append("meanwhile"))
            assert done == ["meanwhile"]
            assert [len(a) for a in answers] == [4, 1, 0, 0, 1]
            assert recs_of(answers[:2]) == load_by_keys(conn, keys)
            assert set(recs_of(answers[4:])) == {("agreement", ODD[5])}
            if conn.dialect.name == "postgresql":  # elsewhere SQLAlchemy sends the statement's own values
                with pytest.raises(ValueError, match="values of its own"):
                    read_many(conn, [Read("odd", lambda _d: select(T_RECORD.c.seq).where(T_RECORD.c.row_id == "c-1"),
                                          {})])
    finally:
        store.dispose()


def test_growth_refreshes_postgresql_statistics_in_the_background(db_url):
    """A store that fills quickly gets fresh planner statistics (PostgreSQL); SQLite needs none."""
    store = Store(db_url)
    try:
        store.grew(5000)
        deadline = time.monotonic() + 20
        while store._analyze_lock.locked() and time.monotonic() < deadline:
            time.sleep(0.05)
        if store.is_sqlite:
            assert store._analyzed_at is None
            return
        assert store._analyzed_at is not None  # VACUUM ANALYZE ran and the table's size was read back
        store.grew(1)  # far below doubling: no new refresh
        assert not store._analyze_lock.locked()
    finally:
        store.dispose()


def test_a_new_sqlite_store_has_large_pages_and_an_existing_one_keeps_its_own(tmp_path):
    """New stores get SQLITE_PAGE_SIZE pages (fewer WAL frames per push commit); a store made before keeps its
    pages and its data (WAL mode cannot change them, and nothing is rewritten)."""
    import sqlite3

    from sync.server.db import SQLITE_PAGE_SIZE
    from sync.server.migrate import migrate

    new = Store(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        migrate(new.engine)
        with new.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == SQLITE_PAGE_SIZE == 16384
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        new.dispose()
    old_path = tmp_path / "old.db"
    raw = sqlite3.connect(old_path)
    raw.execute("PRAGMA page_size=4096")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE kept (v TEXT)")
    raw.execute("INSERT INTO kept VALUES ('still here')")
    raw.commit()
    raw.close()
    old = Store(f"sqlite:///{old_path}")
    try:
        with old.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
            assert conn.exec_driver_sql("SELECT v FROM kept").scalar() == "still here"
    finally:
        old.dispose()
