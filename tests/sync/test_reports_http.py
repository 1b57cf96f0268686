"""`GET /reports/NAME` over HTTP (issue 16): a team lead sees their team, an admin everything, a coach their own
caseload without suppression, a specialist nothing; every request (refused ones too) leaves an audit row."""

from __future__ import annotations

from typing import Any

from report_dataset import build, expected, period
from sqlalchemy import text

from sync.server.reports import REPORTS


def ask(dev: Any, name: str, **params: str) -> Any:
    start, end = period()
    query = {"from": start.isoformat(), "to": end.isoformat(), **params}
    return dev.http.get(f"/reports/{name}", params=query, headers=dev.headers)


def test_roles_see_their_own_figures_and_every_request_is_audited(central: Any) -> None:
    data = build(central.store)
    lead = central.login(*data["lead"])
    anna = central.login(*data["users"]["anna"])
    admin = central.device("root", role="admin", team=None)
    spec = central.device("sem", role="specialist", team=None)
    want = expected()

    r = ask(lead, "absence-approach")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["team"] == "Noord" and body["small_cell"] == 5
    assert body["rows"] == [{"group": "Noord", "participants": 6, "outflow": "<5", "outflow_work": "<5",
                             "outflow_other": "<5", "considerations": 6, "hearings": "<5", "sanctions": "<5",
                            "sessions": 0, "no_shows": 0, "door_visits": 0}]
    assert [row["coach"] for row in ask(lead, "caseload").json()["rows"]] == ["anna", "bert"]
    assert ask(lead, "caseload", team="Zuid").status_code == 403
    assert ask(lead, "caseload", team="Noord").status_code == 200

    mine = ask(anna, "caseload").json()
    assert mine["small_cell"] is None and mine["rows"] == [want["caseload"][0]]
    assert ask(anna, "telephone-first").json()["rows"][0]["reached_by_phone"] == 4  # not hidden: her own clients

    everything = ask(admin, "absence-approach").json()
    assert [row["group"] for row in everything["rows"]] == ["Noord", "Zuid"]
    assert ask(admin, "werknl", team="Zuid").json()["team"] == "Zuid"
    assert ask(admin, "werknl", team="Nergens").status_code == 404

    for name in REPORTS:
        assert ask(spec, name).status_code == 403
    assert ask(admin, "nonsense").status_code == 422
    start, end = period()
    bad = admin.http.get("/reports/werknl", params={"from": end.isoformat(), "to": start.isoformat()},
                         headers=admin.headers)
    assert bad.status_code == 400 and "voor het begin" in bad.json()["detail"]
    assert admin.http.get("/reports/werknl", params={"from": start.isoformat(), "to": end.isoformat()}
                          ).status_code == 401

    trail = central.rows("SELECT username, role, entity, fields FROM audit_log WHERE action = 'report' "
                         "ORDER BY received_at, id")
    assert len(trail) == 4 + 2 + 3 + len(REPORTS) + 1
    assert [(t.username, t.entity) for t in trail[:2]] == [("lena", "absence-approach"), ("lena", "caseload")]
    assert sum(t.fields.startswith("geweigerd") for t in trail) == 1 + 1 + len(REPORTS) + 1
    assert {t.role for t in trail if t.username == "sem"} == {"specialist"}
    with central.store.engine.connect() as conn:
        devices = set(conn.execute(text("SELECT device_id FROM audit_log WHERE username = 'lena'")).scalars())
    assert devices == {lead.device_id}


def test_over_a_real_http_stack(central_http: Any) -> None:
    data = build(central_http.store)
    lead = central_http.login(*data["lead"])
    r = ask(lead, "werknl")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert [row["month"] for row in r.json()["rows"]] == [row["month"] for row in expected()["werknl"]]
    assert central_http.scalar("SELECT count(*) FROM audit_log WHERE action = 'report' AND username = 'lena'") == 1
