"""Pull: paging, cursors, counts, stale cursors, and no skipped changes under concurrent writers."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid

import pytest

from sync.protocol import Mutation
from sync.server import admin
from sync.server.pull import pull
from sync.server.push import push
from sync.server.scope import Principal


def seed_clients(dev, n):
    ids = [str(uuid.uuid4()) for _ in range(n)]
    body = dev.push(*[dev.mut("client", cid, first_name=f"C{i}", coach_id=dev.user_id) for i, cid in enumerate(ids)])
    assert body["applied"] == n
    return ids


def test_paging_cursor_and_counts_on_last_page_only(central):
    dev = central.device("anna")
    ids = seed_clients(dev, 25)
    seen, cursor, pages = [], None, []
    while True:
        r = dev.pull_raw(cursor, limit=10)
        assert r.status_code == 200
        page = r.json()
        pages.append(page)
        seen += page["changes"]
        assert page["cursor"] > (cursor or 0)
        cursor = page["cursor"]
        if not page["has_more"]:
            break
        assert page["counts"] is None and len(page["changes"]) == 10
        assert page["cursor"] == page["changes"][-1]["seq"]
    seqs = [c["seq"] for c in seen]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    assert {c["row_id"] for c in seen if c["table"] == "client"} == set(ids)
    assert pages[-1]["counts"] == {"client": 25, "team": 1, "user": 1}
    # nothing new: same cursor, no changes; counts only when asked for
    again = dev.pull_raw(cursor).json()
    assert again["changes"] == [] and again["cursor"] == cursor and not again["has_more"]
    assert again["counts"] is None
    asked = dev.http.get("/sync/pull", params={"cursor": cursor, "counts": 1}, headers=dev.headers).json()
    assert asked["counts"]["client"] == 25
    paged = dev.http.get("/sync/pull", params={"limit": 5, "counts": 1}, headers=dev.headers).json()
    assert paged["has_more"] and paged["counts"] is None
    last = dev.http.get("/sync/pull", params={"cursor": cursor - 1, "counts": 0}, headers=dev.headers).json()
    assert len(last["changes"]) == 1 and last["counts"] is None


def test_cursor_advances_when_nothing_in_scope_changed(central):
    anna = central.device("anna")
    bert = central.device("bert")
    anna.pull_all()
    start = anna.cursor
    seed_clients(bert, 3)
    page = anna.pull_raw(start).json()
    assert page["changes"] == [] and page["cursor"] > start


def test_stale_cursor_is_410(central):
    dev = central.device("anna")
    dev.pull_all()
    r = dev.pull_raw(dev.cursor + 1)
    assert r.status_code == 410 and r.json()["error"] == "stale_cursor"


def test_bad_pull_parameters_are_4xx(central):
    dev = central.device("anna")
    for params in ({"cursor": -1}, {"cursor": "abc"}, {"limit": 0}, {"limit": 100_000}):
        r = dev.http.get("/sync/pull", params=params, headers=dev.headers)
        assert r.status_code in (400, 422), params
        assert r.json()["error"] == "bad_request"


def _principal(store, name):
    info, _ = admin.add_user(store, name, "coach", "Delfshaven")
    return Principal(info.id, info.username, info.username, "coach", info.team_id, str(uuid.uuid4()))


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_pending_transaction_blocks_later_numbers(central):
    """While transaction 1 holds number N, transaction 2 cannot commit N+1: a reader never skips N."""
    store = central.store
    who = _principal(store, "anna")
    reader_cursor = json.loads(pull(store, who, None, 1000))["cursor"]
    holding, release = threading.Event(), threading.Event()

    def slow_writer() -> None:
        with store.write() as (conn, seq):
            admin.upsert_record(conn, seq, "client", str(uuid.uuid4()), {"first_name": "Eerst", "coach_id": who.user_id})
            holding.set()
            release.wait(10)

    def fast_writer() -> None:
        m = Mutation(mutation_id=str(uuid.uuid4()), device_id=who.device_id, seq=1, table="client",
                     row_id=str(uuid.uuid4()), op="insert", fields={"first_name": "Later", "coach_id": who.user_id},
                     base_version=0, schema_version="0003")
        push(store, who, [m])

    t1 = threading.Thread(target=slow_writer)
    t1.start()
    assert holding.wait(10)
    t2 = threading.Thread(target=fast_writer)
    t2.start()
    time.sleep(0.3)
    assert t2.is_alive(), "the second writer must wait for the first to commit"
    page = json.loads(pull(store, who, reader_cursor, 1000))
    assert page["changes"] == [] and page["cursor"] == reader_cursor
    release.set()
    t1.join(10)
    t2.join(10)
    page = json.loads(pull(store, who, reader_cursor, 1000))
    names = [c["fields"]["first_name"] for c in page["changes"]]
    assert names == ["Eerst", "Later"]


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_concurrent_writers_never_make_a_reader_skip(central):
    store = central.store
    who = _principal(store, "anna")
    rows = [str(uuid.uuid4()) for _ in range(12)]
    push(store, who, [Mutation(mutation_id=str(uuid.uuid4()), device_id=str(uuid.uuid4()), seq=0, table="client",
                               row_id=r, op="insert", base_version=0, schema_version="0003",
                               fields={"coach_id": who.user_id}) for r in rows])
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        rnd = random.Random(k)
        try:
            for i in range(15):
                muts = []
                for j in range(4):
                    row = rnd.choice(rows)
                    muts.append(Mutation(mutation_id=str(uuid.uuid4()), device_id=str(uuid.uuid4()), seq=i, table="client",
                                         row_id=row, op="update", base_version=1,
                                         schema_version="0003",
                                         fields={"first_name": f"w{k}-{i}", "coach_id": who.user_id,
                                                 "city": f"{k}.{i}.{j}"}))
                push(store, who, muts)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    local: dict[str, int] = {}
    cursor = None

    def read_once() -> None:
        nonlocal cursor
        page = json.loads(pull(store, who, cursor, 7))
        for ch in page["changes"]:
            if ch["table"] == "client":
                assert local.get(ch["row_id"], 0) <= ch["version"]
                local[ch["row_id"]] = ch["version"]
        cursor = page["cursor"]

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        read_once()
    for t in threads:
        t.join()
    stop.set()
    assert not errors, errors
    for _ in range(100):
        before = cursor
        read_once()
        if cursor == before:
            break
    full = {c["row_id"]: c["version"] for c in json.loads(pull(store, who, None, 2000))["changes"]
            if c["table"] == "client"}
    assert local == full
    assert sum(full.values()) == 12 + 3 * 15 * 4  # every update applied, none lost
