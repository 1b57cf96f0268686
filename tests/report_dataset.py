"""A known dataset for the report tests (issue 16): three coaches in two teams, every number of every report
written down by hand in EXPECTED (nothing suppressed) — see test_reports.py.

The period is the two whole months before the current one (M0, M1), so it lies in the past at any test clock."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sync import clock
from sync.server import admin
from sync.server.db import Store


def months() -> tuple[date, date, date, date]:
    """(first day of the month before M0, of M0, of M1, of the current month)."""
    this = clock.today().replace(day=1)
    m1 = (this - timedelta(days=1)).replace(day=1)
    m0 = (m1 - timedelta(days=1)).replace(day=1)
    before = (m0 - timedelta(days=1)).replace(day=1)
    return before, m0, m1, this


def period() -> tuple[date, date]:
    _b, m0, _m1, this = months()
    return m0, this - timedelta(days=1)


def build(store: Store) -> dict[str, Any]:
    before, m0, m1, this = months()

    def d(month: date, k: int) -> str:
        return month.replace(day=k).isoformat()

    users = {}
    for name, team in (("anna", "Noord"), ("bert", "Noord"), ("carla", "Zuid")):
        users[name] = admin.add_user(store, name, "coach", team)
    lead, lead_token = admin.add_user(store, "lena", "team_lead", "Noord")
    ids: dict[str, str] = {}
    with store.write() as (conn, seq):
        def put(table: str, key: str | None = None, **fields: Any) -> str:
            row_id = str(uuid.uuid4())
            if key:
                ids[key] = row_id
            admin.upsert_record(conn, seq, table, row_id, fields)
            return row_id

        def client(key: str, coach: str, status: str = "active", **fields: Any) -> str:
            info = users[coach][0]
            return put("client", key, bsn=f"1234567{len(ids):02d}"[:9], first_name=key.upper(), last_name="Test",
                       coach_id=info.id, team_id=info.team_id, benefit_status=status, **fields)

        # Clients. n0..n2 ended their benefit; n2 before the period.
        client("n0", "anna", "ended", benefit_end=d(m1, 15), werknl_registered_on=d(before, 2))
        client("n1", "anna", "ended", benefit_end=d(m1, 20))
        client("n2", "anna", "ended", benefit_end=d(before, 20))
        client("n3", "anna", werknl_registered_on=d(m0, 10))
        client("n4", "anna", werknl_registered_on=d(m1, 10), werknl_letter_sent_on=d(m0, 4),
               werknl_called_back_on=d(m1, 2))
        client("n5", "anna", werknl_registered_on=d(before, 3))
        client("n6", "anna", werknl_exempt=True)
        client("n7", "anna", werknl_letter_sent_on=d(m0, 4), werknl_phoned_on=d(m1, 3),
               werknl_binding_decision_on=d(m1, 9))
        client("b0", "bert", werknl_letter_sent_on=d(m0, 5), werknl_phoned_on=d(m1, 3))
        client("b1", "bert", werknl_letter_sent_on=d(m0, 5))
        client("z0", "carla", werknl_registered_on=d(before, 1))
        client("z1", "carla", werknl_registered_on=d(this, 1))
        client("z2", "carla", werknl_letter_sent_on=d(m0, 6))
        gone = client("gone", "anna", deleted_at=f"{d(m0, 1)}T09:00:00")

        # Signals (telephone-first).
        results = ["no_action", "no_action", "no_action", "warning", "fine_investigation", None]
        for i, result in enumerate(results):
            cid = ids[f"n{i}"]
            sid = put("signal", client_id=cid, kind="duty_to_inform", signalled_on=d(m0, 5),
                      status="open" if result is None else "closed", result=result)
            if i < 4:
                put("call_attempt", signal_id=sid, client_id=cid, attempted_at=f"{d(m0, 6)}T10:00:00", reached=True)
            if i == 4:
                put("call_attempt", signal_id=sid, client_id=cid, attempted_at=f"{d(m0, 6)}T10:00:00", reached=False)
        put("signal", client_id=ids["n6"], kind="income_decision", signalled_on=d(m1, 7), status="closed",
            result="corrected")
        put("signal", client_id=ids["n7"], kind="income_decision", signalled_on=d(m1, 8), status="closed",
            result="explained")
        sid = put("signal", client_id=ids["z0"], kind="other", signalled_on=d(m1, 9), status="closed",
                  result="warning")
        put("call_attempt", signal_id=sid, client_id=ids["z0"], attempted_at=f"{d(m1, 9)}T11:00:00", reached=True)
        put("signal", client_id=ids["n0"], kind="other", signalled_on=d(before, 9), status="closed", result="warning")
        put("signal", client_id=ids["n1"], kind="other", signalled_on=d(m0, 9), status="closed", result="warning",
            deleted_at=f"{d(m0, 10)}T09:00:00")
        put("signal", client_id=gone, kind="other", signalled_on=d(m0, 9), status="closed", result="warning")

        # Absences (absence-approach).
        for i in range(6):
            a: dict[str, Any] = {"client_id": ids[f"n{i}"], "activity": "training", "missed_on": d(m0, 12)}
            if i < 5:
                a["sanction_considered_on"] = d(m0, 20)
            if i < 3:
                a["hearing_offered_on"] = d(m1, 2)
            if i < 2:
                a.update(closed_on=d(m1, 12), sanction_decision="sanction")
            if i == 3:
                a.update(closed_on=d(m1, 12), sanction_decision="sanction", explained_by_circumstances=True)
            if i == 4:
                a.update(closed_on=d(m1, 12), sanction_decision="no_sanction")
            put("absence", **a)
        put("absence", client_id=ids["n0"], activity="training", missed_on=d(m1, 3))
        put("absence", client_id=ids["b0"], activity="training", missed_on=d(before, 25),
            sanction_considered_on=d(m0, 2))
        put("absence", client_id=ids["z0"], activity="training", missed_on=d(m0, 14),
            sanction_considered_on=d(m1, 1))

        # Instruments and placements.
        ia = put("instrument", code="INS-A", name="Sollicitatietraining")
        ib = put("instrument", code="INS-B", name="Werkervaringsplek")
        put("placement", client_id=ids["n0"], instrument_id=ia, start_date=d(m0, 3), end_date=d(m1, 20),
            status="completed", outcome="work", rating_client=4, rating_supervisor=5, rating_employer=3,
            goal_codes="s.cv s.apply")
        for code, level, on in (("s.cv", 1, d(before, 5)), ("s.cv", 3, d(m1, 15)), ("s.apply", 2, d(m0, 1)),
                                ("s.apply", 4, d(m1, 21)), ("s.other", 1, d(before, 5)), ("s.other", 5, d(m1, 1))):
            put("profile_entry", client_id=ids["n0"], taxonomy_code=code, level=level, assessed_on=on)
        put("placement", client_id=ids["n3"], instrument_id=ia, start_date=d(m0, 10), end_date=d(m1, 5),
            status="completed", outcome="none", rating_client=2)
        put("placement", client_id=ids["n4"], instrument_id=ia, start_date=d(before, 10), status="active")
        put("placement", client_id=ids["z0"], instrument_id=ib, start_date=d(m1, 1), end_date=d(m1, 28),
            status="completed", outcome="work", rating_client=5, rating_supervisor=4, rating_employer=4, goal_codes="")
        put("profile_entry", client_id=ids["z0"], taxonomy_code="a.stress", level=2, assessed_on=d(before, 20))
        put("profile_entry", client_id=ids["z0"], taxonomy_code="a.stress", level=3, assessed_on=d(m1, 27))
        put("placement", client_id=ids["z0"], instrument_id=ib, start_date=d(m0, 1), status="active",
            deleted_at=f"{d(m0, 2)}T09:00:00")

        # Agreements and conversations (caseload).
        for key, status, due in (("n0", "open", d(m0, 10)), ("n0", "open", d(m0, 11)), ("n1", "open", d(m1, 10)),
                                 ("n2", "done", d(m0, 10)), ("n3", "open", d(this, 1)), ("b0", "open", d(m0, 20))):
            put("agreement", client_id=ids[key], description="cv", status=status, due_date=due)
        for key, when in ([(f"n{i}", m) for i in range(6) for m in (m0, m1)]
                          + [("n6", m0), ("b0", m0), ("b0", m1), ("z0", m0), ("z0", m1), ("z1", m1)]):
            put("conversation", client_id=ids[key], kind="intake", held_at=f"{d(when, 14)}T10:00:00", planned=False)
        put("conversation", client_id=ids["z1"], kind="intake", held_at=f"{d(m0, 14)}T10:00:00", planned=True)
        put("conversation", client_id=ids["n5"], kind="intake", held_at=f"{d(m1, 27)}T10:00:00", planned=True)
    return {"users": users, "lead": (lead, lead_token), "ids": ids}


def expected() -> dict[str, list[dict[str, Any]]]:
    """Every row of every report over `period()` for all teams, nothing suppressed."""
    _before, m0, m1, _this = months()
    M0, M1 = m0.strftime("%Y-%m"), m1.strftime("%Y-%m")
    zero = {"no_action": 0, "corrected": 0, "explained": 0, "warning": 0, "fine_investigation": 0, "open": 0}
    return {
        "telephone-first": [
            {"month": M0, "kind": "duty_to_inform", "signals": 6, "reached_by_phone": 4, "reached_share": 0.667,
             **zero, "no_action": 3, "warning": 1, "fine_investigation": 1, "open": 1},
            {"month": M1, "kind": "income_decision", "signals": 2, "reached_by_phone": 0, "reached_share": 0.0,
             **zero, "corrected": 1, "explained": 1},
            {"month": M1, "kind": "other", "signals": 1, "reached_by_phone": 1, "reached_share": 1.0,
             **zero, "warning": 1},
        ],
        "absence-approach": [
            {"group": "Noord", "participants": 6, "outflow": 2, "outflow_work": 1, "outflow_other": 1,
             "considerations": 6, "hearings": 3, "sanctions": 2, "sessions": 0, "no_shows": 0, "door_visits": 0},
            {"group": "Zuid", "participants": 1, "outflow": 0, "outflow_work": 0, "outflow_other": 0,
             "considerations": 1, "hearings": 0, "sanctions": 0, "sessions": 0, "no_shows": 0, "door_visits": 0},
        ],
        "werknl": [
            {"month": M0, "registered": 3, "not_registered": 6, "exempt": 1, "letters_sent": 5, "responded": 0,
             "phoned": 0, "binding_decisions": 0, "hearings": 0, "sanctions": 0},
            {"month": M1, "registered": 4, "not_registered": 5, "exempt": 1, "letters_sent": 0, "responded": 1,
             "phoned": 2, "binding_decisions": 1, "hearings": 0, "sanctions": 0},
        ],
        "instruments": [
            {"instrument": "INS-A", "placements": 2, "completed": 2, "completed_work": 1, "profile_placements": 1,
             "profile_before": 1.5, "profile_after": 3.5, "rating_client": 3.0, "rating_client_n": 2,
             "rating_supervisor": 5.0, "rating_supervisor_n": 1, "rating_employer": 3.0, "rating_employer_n": 1},
            {"instrument": "INS-B", "placements": 1, "completed": 1, "completed_work": 1, "profile_placements": 1,
             "profile_before": 2.0, "profile_after": 3.0, "rating_client": 5.0, "rating_client_n": 1,
             "rating_supervisor": 4.0, "rating_supervisor_n": 1, "rating_employer": 4.0, "rating_employer_n": 1},
        ],
        "caseload": [
            {"coach": "anna", "clients": 8, "running_benefit": 5, "overdue_agreements": 3, "clients_with_overdue": 2,
             "rhythm_kept": 6},
            {"coach": "bert", "clients": 2, "running_benefit": 2, "overdue_agreements": 1, "clients_with_overdue": 1,
             "rhythm_kept": 1},
            {"coach": "carla", "clients": 3, "running_benefit": 3, "overdue_agreements": 0, "clients_with_overdue": 0,
             "rhythm_kept": 1},
        ],
    }
