"""Pushes decided side by side on PostgreSQL (issue 19): the change counter is taken only for numbering and
writing, yet a pull never skips a change that commits later with a lower number, and two pushes racing for
the same rows end as if they had run one after the other.

Each test stops one push at a chosen point (a wrapped function waits for an event) and runs another push
and a pull meanwhile. Bounded: every wait has a timeout, every thread is joined."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import SCHEMA

from sync.protocol import Mutation
from sync.server import admin, push
from sync.server.db import Store
from sync.server.pull import pull
from sync.server.scope import Principal

pytestmark = pytest.mark.postgres
WAIT = 30  # seconds any step may wait at most


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    try:
        yield s
    finally:
        s.dispose()


def _who(store: Store, name: str, role: str = "coach") -> Principal:
    info, _token = admin.add_user(store, name, role, "Feijenoord" if role == "coach" else None)
    return Principal(info.id, info.username, info.display_name, role, info.team_id, str(uuid.uuid4()))


def _clients(who: Principal, n: int) -> list[Mutation]:
    return [Mutation.model_validate({
        "mutation_id": str(uuid.uuid4()), "device_id": who.device_id, "seq": i + 1, "table": "client",
        "row_id": str(uuid.uuid4()), "op": "insert", "base_version": 0, "schema_version": SCHEMA,
        "fields": {"first_name": f"Klant {i}", "last_name": who.username, "coach_id": who.user_id}})
        for i in range(n)]


def _pull_all(store: Store, reader: Principal, cursor: int | None) -> tuple[dict[str, int], int]:
    """Every change after `cursor`, page by page: client row id -> seq, and the new cursor."""
    seen: dict[str, int] = {}
    while True:
        page = json.loads(pull(store, reader, cursor, 7, False))
        seen.update({c["row_id"]: c["seq"] for c in page["changes"] if c["table"] == "client"})
        assert page["cursor"] >= (cursor or 0)
        cursor = page["cursor"]
        if not page["has_more"]:
            return seen, cursor


def _pause(monkeypatch: pytest.MonkeyPatch, name: str, thread: str) -> tuple[threading.Event, threading.Event]:
    """Make push.`name` stop in thread `thread` until released: (reached, release)."""
    reached, release = threading.Event(), threading.Event()
    real: Callable[..., Any] = getattr(push, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread().name == thread:
            reached.set()
            assert release.wait(WAIT)
        return real(*args, **kwargs)
    monkeypatch.setattr(push, name, paused)
    return reached, release


def _run(name: str, fn: Callable[[], Any], out: dict[str, Any]) -> threading.Thread:
    def target() -> None:
        try:
            out[name] = fn()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            out[name] = exc
    t = threading.Thread(target=target, name=name, daemon=True)
    t.start()
    return t


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_later_push_commits_first_and_a_pull_between_skips_nothing(store, monkeypatch):
    anna, bert, reader = _who(store, "anna"), _who(store, "bert"), _who(store, "root", "admin")
    a_muts, b_muts = _clients(anna, 25), _clients(bert, 25)
    reached, release = _pause(monkeypatch, "access_of", "A")  # A stops while it is being decided
    out: dict[str, Any] = {}
    a = _run("A", lambda: push.push_json(store, anna, a_muts), out)
    assert reached.wait(WAIT)
    # B starts after A and commits while A is still being decided: A holds no lock B needs.
    b = _run("B", lambda: push.push_json(store, bert, b_muts), out)
    b.join(WAIT)
    assert not b.is_alive() and json.loads(out["B"])["applied"] == 25
    seen, cursor = _pull_all(store, reader, None)
    assert set(seen) == {str(m.row_id) for m in b_muts}
    release.set()
    a.join(WAIT)
    assert not a.is_alive() and json.loads(out["A"])["applied"] == 25
    later, _ = _pull_all(store, reader, cursor)  # A numbered its rows after the cursor the pull handed out
    assert set(later) == {str(m.row_id) for m in a_muts}
    assert min(later.values()) > cursor


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_pull_while_a_push_holds_its_numbers_waits_for_none_and_skips_none(store, monkeypatch):
    anna, bert, reader = _who(store, "anna"), _who(store, "bert"), _who(store, "root", "admin")
    a_muts, b_muts = _clients(anna, 25), _clients(bert, 25)
    _seen, start = _pull_all(store, reader, None)
    reached, release = _pause(monkeypatch, "write_records", "A")  # A has taken its numbers, not committed
    out: dict[str, Any] = {}
    a = _run("A", lambda: push.push_json(store, anna, a_muts), out)
    assert reached.wait(WAIT)
    b = _run("B", lambda: push.push_json(store, bert, b_muts), out)  # decided, then waits for A's commit
    between, cursor = _pull_all(store, reader, start)
    assert between == {} and cursor == start  # neither is visible yet, and the cursor did not move past them
    release.set()
    a.join(WAIT)
    b.join(WAIT)
    assert not a.is_alive() and not b.is_alive()
    assert json.loads(out["A"])["applied"] == json.loads(out["B"])["applied"] == 25
    after, _ = _pull_all(store, reader, cursor)
    assert set(after) == {str(m.row_id) for m in a_muts + b_muts}
    assert max(after[str(m.row_id)] for m in a_muts) < min(after[str(m.row_id)] for m in b_muts)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_same_batch_pushed_twice_at_once_is_applied_once(store, monkeypatch):
    """A device that retries while its first request is still running: both decide "insert", one wins, the
    other's transaction fails on the mutation ids, is decided again and gets the stored results."""
    anna = _who(store, "anna")
    muts = _clients(anna, 10)
    both = threading.Barrier(2, timeout=WAIT)
    real = push.guard_for
    first: set[str] = set()

    def meet(*args: Any, **kwargs: Any) -> Any:
        name = threading.current_thread().name
        if name not in first:  # both have loaded the store before either writes
            first.add(name)
            both.wait()
        return real(*args, **kwargs)
    monkeypatch.setattr(push, "guard_for", meet)
    out: dict[str, Any] = {}
    threads = [_run(n, lambda: push.push_json(store, anna, muts), out) for n in ("A", "B")]
    for t in threads:
        t.join(WAIT)
        assert not t.is_alive()
    assert out["A"] == out["B"] and json.loads(out["A"])["applied"] == 10
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT version, count(*) FROM record WHERE table_name = 'client' "
                                    "GROUP BY version").all()
    assert rows == [(1, 10)]
