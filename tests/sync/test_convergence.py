"""Hypothesis stateful test: offline devices editing, deleting and syncing in any order converge."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import select, text

from desktop.models.entities import Client
from desktop.paths import Paths
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ServiceError
from desktop.services.sign_in import sign_in
from desktop.services.validation import bsn_checksum_ok
from desktop.store import open_store
from sync.client import SyncClient
from sync.credentials import load_token
from sync.server import admin
from sync.server.app import create_app
from sync.server.db import Store as CentralStore
from sync.server.migrate import migrate

BSNS = [f"{n:09d}" for n in range(100000000, 100010000) if bsn_checksum_ok(f"{n:09d}")][:60]
FIELDS = ("phone", "city", "email")
VALUES = {"phone": ["0611111111", "0622222222", "0633333333"], "city": ["Rotterdam", "Schiedam", "Capelle"],
          "email": ["a@x.nl", "b@x.nl", "c@x.nl"]}


class Devices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        root = Path(self.tmp.name)
        url = f"sqlite:///{root / 'central.db'}"
        engine = CentralStore(url).engine
        migrate(engine)
        engine.dispose()
        self.app = create_app(url)
        self.http = TestClient(self.app)
        info, token = admin.add_user(self.app.state.store, "anna", "coach", "Feijenoord")
        self.stores = []
        for i in range(3):
            store = open_store(Paths.resolve(root / f"device{i}"))
            sign_in(store, self.http, "anna", token)
            self.stores.append(store)
        self.next_bsn = {i: iter(BSNS[i::3]) for i in range(3)}
        self.results = []

    def teardown(self) -> None:
        for s in self.stores:
            s.close()
        self.http.close()
        self.app.state.store.dispose()
        self.tmp.cleanup()

    def _sync(self, i: int):
        r = SyncClient(self.stores[i].db, self.http, load_token(self.stores[i].db), sleep=lambda _s: None).sync()
        self.results.append(r)
        return r

    def _clients(self, i: int) -> list[Client]:
        with self.stores[i].db.session() as s:
            rows = s.scalars(select(Client).order_by(Client.id)).all()
            s.expunge_all()
            return list(rows)

    @rule(i=st.integers(0, 2))
    def create(self, i: int) -> None:
        svc = CaseloadService(self.stores[i].db, self.stores[i].actor())
        svc.create({"bsn": next(self.next_bsn[i]), "first_name": "Zoë", "last_name": "Dev" + "abc"[i]})

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50), field=st.sampled_from(FIELDS), v=st.integers(0, 2))
    def edit(self, i: int, pick: int, field: str, v: int) -> None:
        alive = [c for c in self._clients(i) if c.deleted_at is None]
        if alive:
            svc = CaseloadService(self.stores[i].db, self.stores[i].actor())
            svc.update(alive[pick % len(alive)].id, {field: VALUES[field][v]})

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50))
    def delete(self, i: int, pick: int) -> None:
        alive = [c for c in self._clients(i) if c.deleted_at is None]
        if alive:
            try:
                CaseloadService(self.stores[i].db, self.stores[i].actor()).delete(alive[pick % len(alive)].id)
            except ServiceError:
                pass

    @rule(i=st.integers(0, 2))
    def sync(self, i: int) -> None:
        self._sync(i)

    @invariant()
    def pushed_is_applied_conflicted_or_rejected(self) -> None:
        for r in self.results:
            assert r.pushed == r.applied + r.conflicts + r.rejected
            assert r.rejected == 0

    @rule()
    def everyone_syncs_and_converges(self) -> None:
        for _round in range(2):
            for i in range(3):
                self._sync(i)
        states = [[(c.id, c.phone, c.city, c.email, c.deleted_at is None) for c in self._clients(i)]
                  for i in range(3)]
        assert states[0] == states[1] == states[2]
        server = self.app.state.store
        with server.engine.connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM record WHERE table_name='client'")).scalar()
        assert n == len(states[0])


Devices.TestCase.settings = settings(max_examples=10, stateful_step_count=12, deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestDevicesConverge = Devices.TestCase
