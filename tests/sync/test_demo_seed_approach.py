"""The central demo (`wijkdesk --demo`, sync/server/demo.py) exercises the absence approach (issue 17, seed 004):
a coach's device that syncs the seeded store holds a group with meetings, attendance with a no-show, and that
no-show's absence with the absence team's door visit; the records keep to the rules the store enforces."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.models.entities import Absence, ApproachAttendance, ApproachGroup, ApproachSession, Client
from desktop.paths import Paths
from desktop.services.sign_in import sign_in
from desktop.store import open_store
from sync.client import SyncClient
from sync.credentials import load_token
from sync.server.demo import seed_demo
from sync.server.policy_check import stored_findings


def test_a_coach_syncing_the_demo_gets_the_absence_approach(central, tmp_path: Path):
    seeded = seed_demo(central.store, "demo.coach", 40, seed=3)
    assert 0 < seeded.approach
    assert {"teamleider.wijkteam-feijenoord", "verzuimteam.wijkteam-feijenoord"} <= set(seeded.tokens)
    store = open_store(Paths.resolve(tmp_path / "coach"))
    try:
        sign_in(store, central.http, "demo.coach", seeded.tokens["demo.coach"])
        result = SyncClient(store.db, central.http, load_token(store.db) or "", sleep=lambda _s: None).sync()
        assert result.rejected == 0
        with store.db.session() as s:
            [group] = s.scalars(select(ApproachGroup)).all()
            sessions = s.scalars(select(ApproachSession).where(ApproachSession.group_id == group.id)).all()
            members = s.scalars(select(Client).where(Client.approach_group_id == group.id)).all()
            attendance = s.scalars(select(ApproachAttendance)).all()
            no_shows = [a for a in attendance if a.status == "no_show"]
            absences = {a.id: a for a in s.scalars(select(Absence))}
            assert len(sessions) >= 3 and len(members) == seeded.approach
            assert all(m.approach_decision == "admitted" and m.approach_decided_by == "teamleider.wijkteam-feijenoord"
                       for m in members)
            assert no_shows and all(a.absence_id in absences for a in no_shows)
            assert any(absences[a.absence_id].door_visit_on for a in no_shows)
    finally:
        store.close()
    with central.store.plain() as conn:  # nothing the store's own check would list
        assert [f for f in stored_findings(conn) if f.table == "absence" and f.row_id in absences] == []


def test_the_demo_caseload_has_no_two_clients_with_one_name(central):
    """200 clients from 30 first and 20 last names would repeat some (two 'Bakker, Jürgen' looked like a double
    entry); a taken name gets another first name."""
    import json

    from sqlalchemy import text

    seed_demo(central.store, "demo.coach", 200, specialist="demo.specialist", seed=1)
    with central.store.engine.connect() as conn:
        rows = [json.loads(d) for (d,) in conn.execute(text("SELECT data FROM record WHERE table_name = 'client'"))]
    names = [(r["first_name"], r["name_prefix"], r["last_name"]) for r in rows]
    assert len(names) == 200 and len(set(names)) == 200
