"""The HTTP surface: auth, versions, and hostile input (always 4xx with ErrorBody, never 500, nothing changed)."""

from __future__ import annotations

import json
import uuid

import pytest

from sync.protocol import (
    DESKTOP_SCHEMAS,
    MAX_BODY_BYTES,
    MAX_PUSH_BATCH,
    ErrorBody,
    Handshake,
    PullResponse,
    PushResponse,
)
from sync.server import admin


def assert_error(r, status, kind):
    assert r.status_code == status, r.text
    body = ErrorBody.model_validate(r.json())
    assert body.error == kind and body.detail
    return body


def test_login_handshake_and_models(central):
    info, token = central.user("anna")
    dev = central.login(info, token)
    r = dev.http.get("/sync/handshake", headers=dev.headers)
    hs = Handshake.model_validate(r.json())
    assert (hs.user, hs.role, str(hs.user_id)) == ("anna", "coach", info.id)
    # the answers of push and pull are the protocol models
    PushResponse.model_validate(dev.push_raw([dev.mut("client", first_name="A", coach_id=info.id)]).json())
    PullResponse.model_validate(dev.pull_raw().json())
    # tokens are stored hashed only
    assert central.scalar("SELECT count(*) FROM device WHERE token_hash = :t", t=dev.token) == 0
    assert central.scalar("SELECT count(*) FROM \"user\" WHERE token_hash = :t", t=token) == 0


def test_unknown_or_missing_token_is_401(central):
    dev = central.device("anna")
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        assert_error(dev.http.get("/sync/handshake", headers=headers), 401, "unauthorized")
        assert_error(dev.http.get("/sync/pull", headers=headers), 401, "unauthorized")
    # a user token is not a device token, and a device token cannot log in
    info, user_token = central.user("bert")
    assert_error(dev.http.get("/sync/pull", headers={"Authorization": f"Bearer {user_token}"}), 401, "unauthorized")
    r = dev.http.post("/auth/login", json={"username": "anna", "device_id": str(uuid.uuid4()), "device_name": "x"},
                      headers={"Authorization": f"Bearer {dev.token}"})
    assert_error(r, 401, "unauthorized")
    # right token, wrong user name
    r = dev.http.post("/auth/login", json={"username": "anna", "device_id": str(uuid.uuid4()), "device_name": "x"},
                      headers={"Authorization": f"Bearer {user_token}"})
    assert_error(r, 401, "unauthorized")


def test_revoked_device_is_403_everywhere(central):
    info, token = central.user("anna")
    dev = central.login(info, token)
    other = central.login(info, token)
    assert admin.revoke_devices(central.store, device_id=dev.device_id) == 1
    assert_error(dev.http.get("/sync/handshake", headers=dev.headers), 403, "revoked")
    assert_error(dev.pull_raw(), 403, "revoked")
    assert_error(dev.push_raw([]), 403, "revoked")
    r = dev.http.post("/auth/login", json={"username": "anna", "device_id": dev.device_id, "device_name": "x"},
                      headers={"Authorization": f"Bearer {token}"})
    assert_error(r, 403, "revoked")
    assert other.pull_raw().status_code == 200
    admin.revoke_devices(central.store, username="anna")
    assert_error(other.pull_raw(), 403, "revoked")


def test_schema_versions(central):
    dev = central.device("anna")
    for rev, ok in ((DESKTOP_SCHEMAS[-1], True), (DESKTOP_SCHEMAS[-2], True), (DESKTOP_SCHEMAS[-3], False)):
        r = dev.http.get("/sync/handshake", headers={**dev.headers, "X-Wijkdesk-Schema": rev})
        if ok:
            assert r.status_code == 200, rev
        else:
            body = assert_error(r, 426, "too_old")
            assert "update" in body.detail.lower()
    for rev in ("9999", "garbage", "0003\x00"):  # an unknown revision is a bad request, not an old desktop
        r = dev.http.get("/sync/handshake", headers={**dev.headers, "X-Wijkdesk-Schema": rev})
        assert "unknown desktop schema" in assert_error(r, 400, "bad_request").detail
    r = dev.http.post("/sync/push", json={"schema_version": "0001", "mutations": []},
                      headers={"Authorization": dev.headers["Authorization"]})
    assert_error(r, 426, "too_old")



def test_a_mutation_of_an_unknown_schema_revision_is_refused_with_its_batch(central):
    """The revision of each pushed change is checked once per batch (PushRequest): one unknown revision among
    good changes refuses the whole request, nothing of it is stored, and the answer names the revision but not
    the values sent."""
    dev = central.device("anna")
    good = dev.mut("client", first_name="Kees", last_name="Privé", bsn="123456782", coach_id=dev.user_id)
    odd = {**dev.mut("client", first_name="Piet", bsn="111222333", coach_id=dev.user_id), "schema_version": "9999"}
    r = dev.push_raw([good, odd])
    body = assert_error(r, 422, "bad_request")
    assert "unknown desktop schema revision '9999'" in body.detail and "Privé" not in r.text
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'client'") == 0


def test_ids_in_another_spelling_of_a_uuid_are_refused(central):
    """The store keeps ids as the desktop writes them (lowercase, hyphenated; protocol.UuidText): another
    spelling of the same UUID would be a second row id for one row, so it is refused with its batch."""
    dev = central.device("anna")
    good = dev.mut("client", first_name="Kees", coach_id=dev.user_id)
    row = uuid.UUID(good["row_id"])
    spellings = [str(row).upper(), row.hex, "{" + str(row) + "}", f"urn:uuid:{row}", " " + str(row)]
    for field in ("row_id", "mutation_id", "device_id"):
        for odd in spellings:
            r = dev.push_raw([dict(good, **{field: odd})])
            body = assert_error(r, 422, "bad_request")
            assert f"{field}: should be a UUID as lowercase hexadecimal text" in body.detail, (field, odd, body.detail)
            assert "[0-9a-f]" not in body.detail  # the meaning, not the pattern
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'client'") == 0
    assert dev.push(good)["applied"] == 1


def _client_mutation(dev):
    return dev.mut("client", first_name="Kees", coach_id=dev.user_id)


def test_hostile_input_is_4xx_and_changes_nothing(central):
    dev = central.device("anna")
    dev.push(_client_mutation(dev))
    before = central.snapshot()
    auth = {**dev.headers, "Content-Type": "application/json"}
    good = _client_mutation(dev)
    cases = [
        (b"{not json", 400),
        (b"", 422),
        (b"[]", 422),
        (json.dumps({"schema_version": "0003", "mutations": "nope"}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, base_version="x")]}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, row_id="not-a-uuid")]}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, op="drop")]}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, extra=1)]}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [], "admin": True}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [good] * (MAX_PUSH_BATCH + 1)}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, fields=[1, 2])]}).encode(), 422),
        (json.dumps({"schema_version": "0003", "protocol": 99, "mutations": []}).encode(), 400),
        ("\udcff".encode("utf-8", "surrogatepass"), 400),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, table="\ud800")]}).encode(), 400),
        # issue 13: an unknown schema revision, per batch and per mutation
        (json.dumps({"schema_version": "9999", "mutations": []}).encode(), 400),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, schema_version="9999")]}).encode(), 422),
        (json.dumps({"schema_version": "0003", "mutations": [dict(good, schema_version="x\x00")]}).encode(), 422),
    ]
    for payload, status in cases:
        r = dev.http.post("/sync/push", content=payload, headers=auth)
        assert r.status_code == status, (payload[:80], r.status_code, r.text)
        assert ErrorBody.model_validate(r.json()).error == "bad_request"
    assert central.snapshot() == before
    # rejected per mutation (still 200): unknown table, forged id of another coach's client
    bert = central.device("bert")
    anna_client = json.loads(central.scalar("SELECT data FROM record WHERE table_name='client'"))
    assert anna_client["coach_id"] == dev.user_id
    row = central.scalar("SELECT row_id FROM record WHERE table_name='client'")
    before = central.snapshot()
    body = bert.push(bert.mut("nonsense", first_name="x"),
                     bert.mut("client", row, first_name="Gekaapt", coach_id=bert.user_id),
                     bert.mut("conversation", client_id=row, internal_notes="x"))
    assert body["rejected"] == 3
    assert central.snapshot()[0] == before[0]
    # a lone surrogate escape is JSON that holds no valid Unicode (no database can store it): the request is
    # refused as invalid JSON and nothing changes
    before = central.snapshot()
    for fields in ({"first_name": "\ud800", "coach_id": dev.user_id}, {"\udfff": "x", "coach_id": dev.user_id}):
        lone = dict(good, mutation_id=str(uuid.uuid4()), row_id=str(uuid.uuid4()), fields=fields)
        r = dev.http.post("/sync/push", content=json.dumps({"schema_version": "0003", "mutations": [lone]}),
                          headers=auth)
        assert_error(r, 400, "bad_request")
    assert central.snapshot() == before


def test_huge_body_is_413(central):
    dev = central.device("anna")
    before = central.snapshot()
    big = b'{"schema_version":"0003","mutations":[],"x":"' + b"a" * (MAX_BODY_BYTES + 10) + b'"}'
    assert_error(dev.http.post("/sync/push", content=big, headers={**dev.headers, "Content-Type": "application/json"}),
                 413, "too_large")

    def chunks():  # no Content-Length: the actual size counts
        yield b'{"schema_version":"0003","mutations":[],"x":"'
        for _ in range(9):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    r = dev.http.post("/sync/push", content=chunks(), headers={**dev.headers, "Content-Type": "application/json"})
    assert_error(r, 413, "too_large")
    assert central.snapshot() == before


def test_unknown_route_and_method_are_error_bodies(central):
    assert_error(central.http.get("/nope"), 404, "not_found")
    r = central.http.get("/sync/push")
    assert r.status_code == 405 and r.json()["error"] == "bad_request"


def test_openapi_is_served(central):
    spec = central.http.get("/openapi.json").json()
    assert {"/auth/login", "/sync/handshake", "/sync/push", "/sync/pull"} <= set(spec["paths"])
    # the push body is documented although the route parses it itself
    body = spec["paths"]["/sync/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/PushRequest"}
    pushed = spec["components"]["schemas"]["PushRequest"]["properties"]["mutations"]["items"]
    assert pushed == {"$ref": "#/components/schemas/Mutation"} and "Mutation" in spec["components"]["schemas"]
    assert central.http.get("/docs").status_code == 200


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_sync_round_trip_over_real_http(central_http):
    coach = central_http.device("anna")
    spec = central_http.device("sam", "specialist", "Rotterdam Inclusief")
    cid = str(uuid.uuid4())
    placement = coach.mut("placement", client_id=cid, specialist_id=spec.user_id, reason="werkritme")
    body = coach.push(coach.mut("client", cid, first_name="Özlem", name_prefix="van der", last_name="Berg",
                                bsn="123456782", coach_id=coach.user_id),
                      placement,
                      coach.mut("agreement", client_id=cid, description="gedeeld", shared_with_specialists=True),
                      coach.mut("agreement", client_id=cid, description="niet gedeeld"))
    assert body["applied"] == 4
    state = spec.state()
    assert state[("client", cid)]["first_name"] == "Özlem" and "bsn" not in state[("client", cid)]
    assert [f["description"] for (t, _), f in state.items() if t == "agreement"] == ["gedeeld"]
    r = spec.push(spec.mut("placement", placement["row_id"], "update", base=1, progress_notes="goed bezig"))
    assert r["applied"] == 1
    assert coach.state()[("placement", placement["row_id"])]["progress_notes"] == "goed bezig"
    assert_error(coach.http.get("/sync/pull", params={"cursor": 10**9}, headers=coach.headers), 410, "stale_cursor")
