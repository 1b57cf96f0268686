"""Report speed (issue 16): each report over 100,000 records on PostgreSQL, against a 1 s budget. Prints; never
asserts.

    .venv/bin/python benchmarks/reports.py [--records 100000] [--db postgresql+psycopg://...]

Without --db it makes a scratch database on postgresql://postgres@127.0.0.1:5432 and drops it afterwards.
The store holds 8 % clients (40 coaches in 8 teams) and for them signals, call attempts, absences,
placements, profile entries, agreements and conversations over the last two years. Each report is asked
for the last year, for all teams (the admin's widest question) and for one team, through the same code as
`wijkdesk-server report` (audit row included); the best of three runs is shown.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sync import clock  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.db import Store  # noqa: E402
from sync.server.migrate import migrate  # noqa: E402
from sync.server.records import new_rec, write_records  # noqa: E402
from sync.server.reports import REPORTS  # noqa: E402
from sync.server.reports.access import CLI, run  # noqa: E402

BUDGET = 1.0
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def fill(store: Store, records: int, rnd: random.Random) -> None:
    today = clock.today()

    def day(max_back: int = 730) -> str:
        return (today - timedelta(days=rnd.randrange(max_back))).isoformat()

    coaches = []
    for i in range(40):
        info, _token = admin.add_user(store, f"coach{i:02d}", "coach", f"Team {i % 8}")
        coaches.append(info)
    n_clients = records * 8 // 100
    per_client = ("signal", "call_attempt", "call_attempt", "absence", "placement", "profile_entry",
                  "profile_entry", "agreement", "agreement", "conversation", "conversation")
    with store.write() as (conn, seq):
        instruments = []
        for i in range(20):
            rec = new_rec("instrument", str(uuid.uuid4()), {"code": f"INS-{i:02d}", "name": f"Instrument {i}"},
                          "bench", seq)
            instruments.append(rec.row_id)
            write_records(conn, [rec])
        left = records - n_clients - 20
        batch = []
        for c in range(n_clients):
            coach = coaches[c % len(coaches)]
            cid = str(uuid.uuid4())
            status = rnd.choice(("active", "active", "active", "applicant", "ended", "aftercare"))
            batch.append(new_rec("client", cid, {
                "bsn": f"{100000000 + c}", "first_name": "X", "last_name": "Y", "coach_id": coach.id,
                "team_id": coach.team_id, "benefit_status": status, "benefit_end": day() if status in (
                    "ended", "aftercare") else None, "werknl_registered_on": day() if rnd.random() < .7 else None,
                "werknl_letter_sent_on": day() if rnd.random() < .3 else None,
                "werknl_called_back_on": day() if rnd.random() < .1 else None}, "bench", seq))
            signal_id = None
            for _ in range(-(-left // n_clients)):  # at least --records in all
                table = rnd.choice(per_client)
                f: dict = {"client_id": cid}
                if table == "signal":
                    signal_id = str(uuid.uuid4())
                    f.update(kind=rnd.choice(("duty_to_inform", "income_decision", "other")), signalled_on=day(),
                             status="closed", result=rnd.choice(("no_action", "corrected", "explained", "warning",
                                                                 "fine_investigation")))
                    batch.append(new_rec(table, signal_id, f, "bench", seq))
                    continue
                if table == "call_attempt":
                    f.update(signal_id=signal_id, attempted_at=f"{day()}T10:00:00", reached=rnd.random() < .6)
                elif table == "absence":
                    f.update(activity="training", missed_on=day(), sanction_considered_on=day(),
                             closed_on=day(), sanction_decision=rnd.choice(("sanction", "no_sanction")))
                elif table == "placement":
                    f.update(instrument_id=rnd.choice(instruments), start_date=day(), end_date=day(),
                             status=rnd.choice(("active", "completed")), outcome=rnd.choice(("work", "none")),
                             rating_client=rnd.randint(1, 5), rating_supervisor=rnd.randint(1, 5), goal_codes="s.a s.b")
                elif table == "profile_entry":
                    f.update(taxonomy_code=rnd.choice(("s.a", "s.b")), level=rnd.randint(1, 5), assessed_on=day())
                elif table == "agreement":
                    f.update(description="x", status=rnd.choice(("open", "done")), due_date=day())
                else:
                    f.update(kind="followup", held_at=f"{day()}T10:00:00", planned=False)
                batch.append(new_rec(table, str(uuid.uuid4()), f, "bench", seq))
            if len(batch) >= 5000:
                write_records(conn, batch)
                batch = []
        write_records(conn, batch)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--db")
    args = ap.parse_args()
    scratch = None
    url = args.db
    if url is None:
        import psycopg

        scratch = f"wijkdesk_bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{scratch}"')
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{scratch}"
    store = Store(url)
    try:
        migrate(store.engine)
        t0 = time.perf_counter()
        fill(store, args.records, random.Random(16))
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE record")
            total = conn.exec_driver_sql("SELECT count(*) FROM record").scalar()
        print(f"store: {total} records ({time.perf_counter() - t0:.1f} s to fill)")
        end = clock.today()
        start = end - timedelta(days=365)
        print(f"{'report':<18} {'all teams':>10} {'one team':>10}  budget {BUDGET:.1f} s")
        for name in REPORTS:
            times = []
            for team in (None, "Team 3"):
                best = float("inf")
                for _ in range(3):
                    t = time.perf_counter()
                    run(store, CLI, name, start, end, team)
                    best = min(best, time.perf_counter() - t)
                times.append(best)
            verdict = "ok" if max(times) <= BUDGET else "OVER"
            print(f"{name:<18} {times[0]:>9.3f}s {times[1]:>9.3f}s  {verdict}")
    finally:
        store.dispose()
        if scratch:
            import psycopg

            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
