"""A conflict says who made the central value and when (issue 15), over real HTTP: POST /sync/push?authors=1
adds `author` and `changed_at` to each new conflict; without it the answer is as an older desktop expects."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.entities import Client
from desktop.paths import Paths
from desktop.services import sync_review
from desktop.services.caseload import CaseloadService
from desktop.services.sign_in import sign_in
from desktop.store import open_store
from sync.client import SyncClient
from sync.credentials import load_token
from sync.protocol import FieldConflict, PushResponse
from sync.server import admin

BSN = "123456782"


def _two_devices(central):
    info, token = admin.add_user(central.store, "anna", "coach", "Feijenoord", display_name="Anna de Wit")
    laptop, tablet = central.login(info, token), central.login(info, token)
    cid = str(uuid.uuid4())
    body = laptop.push(laptop.mut("client", cid, first_name="Fatima", last_name="El Amrani", bsn=BSN,
                                  coach_id=laptop.user_id))
    assert body["results"][0]["status"] == "applied"
    laptop.push(laptop.mut("client", cid, "update", base=1, phone="010-1111111"))
    return laptop, tablet, cid


def test_push_with_authors_names_who_made_the_central_value(central_http):
    laptop, tablet, cid = _two_devices(central_http)
    m = tablet.mut("client", cid, "update", base=1, phone="06-22222222", city="Rotterdam")
    r = tablet.http.post("/sync/push", params={"authors": 1}, headers=tablet.headers,
                         json={"schema_version": tablet.headers["X-Wijkdesk-Schema"], "mutations": [m]})
    assert r.status_code == 200, r.text
    (c,) = r.json()["results"][0]["conflicts"]
    assert (c["field"], c["theirs"], c["author"]) == ("phone", "010-1111111", "Anna de Wit")
    assert c["changed_at"] is not None
    PushResponse.model_validate_json(r.content)  # the new desktop reads it
    # the stored result (a retried push) stays as an older desktop reads it
    again = tablet.push(m)
    (c2,) = again["results"][0]["conflicts"]
    assert "author" not in c2 and "changed_at" not in c2
    assert c2["conflict_id"] == c["conflict_id"]


def test_push_without_authors_is_unchanged_for_older_desktops(central_http):
    laptop, tablet, cid = _two_devices(central_http)
    body = tablet.push(tablet.mut("client", cid, "update", base=1, phone="06-22222222"))
    (c,) = body["results"][0]["conflicts"]
    assert set(c) == {"conflict_id", "table", "row_id", "field", "mine", "theirs", "server_version"}
    FieldConflict.model_validate(c)  # optional fields: an answer without them still reads


def test_an_older_change_of_the_field_has_an_author_but_no_time(central_http):
    """The field changed two versions ago: the store knows who, not when (only the latest version's time)."""
    laptop, tablet, cid = _two_devices(central_http)
    laptop.push(laptop.mut("client", cid, "update", base=2, city="Schiedam"))  # a later version, another field
    m = tablet.mut("client", cid, "update", base=1, phone="06-22222222")
    r = tablet.http.post("/sync/push", params={"authors": "true"}, headers=tablet.headers,
                         json={"schema_version": tablet.headers["X-Wijkdesk-Schema"], "mutations": [m]})
    (c,) = r.json()["results"][0]["conflicts"]
    assert c["author"] == "Anna de Wit" and c["changed_at"] is None


@pytest.fixture
def desks(central_http, tmp_path: Path):
    made = []

    def make(info, token):
        store = open_store(Paths.resolve(tmp_path / f"desk-{len(made)}"))
        sign_in(store, central_http.http, info.username, token)
        made.append(store)
        return store

    yield make
    for st in made:
        st.close()


def _sync(store, http):
    return SyncClient(store.db, http, load_token(store.db) or "", sleep=lambda _s: None, retries=2).sync()


def test_the_desktop_keeps_who_and_when_for_the_conflict_dialog(central_http, desks):
    info, token = admin.add_user(central_http.store, "bert", "coach", "Feijenoord", display_name="Bert Jansen")
    a, b = desks(info, token), desks(info, token)
    CaseloadService(a.db, a.actor()).create({"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik"})
    _sync(a, central_http.http)
    _sync(b, central_http.http)
    with a.db.session() as s:
        cid = s.query(Client).one().id
    CaseloadService(a.db, a.actor()).update(cid, {"city": "Rotterdam"})
    CaseloadService(b.db, b.actor()).update(cid, {"city": "Schiedam"})
    assert _sync(a, central_http.http).conflicts == 0
    assert _sync(b, central_http.http).conflicts == 1
    [view] = sync_review.conflicts(b.db)
    assert (view.field_label, view.mine, view.theirs, view.author) == ("Plaats", "Schiedam", "Rotterdam", "Bert Jansen")
    assert isinstance(view.changed_at, datetime)
    assert json.loads(json.dumps(view.theirs)) == "Rotterdam"
