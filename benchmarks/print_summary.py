"""Time to make one conversation summary PDF (DESIGN §6 budget: ≤ 100 ms). Prints, never asserts.

    .venv/bin/python benchmarks/print_summary.py [--runs 20]

Measures ConversationPrinter.render() end to end (encrypted store read, layout, font subsetting,
audit event) on a throwaway data dir, for a typical one-page and a long two-page summary.
The first render of a process also registers the fonts; it is reported separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.models.entities import Agreement, Client, Conversation, Team, User  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.printing import ConversationPrinter  # noqa: E402
from desktop.store import Store, open_store  # noqa: E402

BUDGET_MS = 100.0
TYPICAL = ("We hebben gepraat over werk in de zorg. U wilt graag 20 uur per week werken.\n"
           "U vindt de reistijd belangrijk: niet meer dan een half uur met de tram.\n\n"
           "U gaat uw cv bijwerken. Uw begeleider zoekt uit hoe het zit met de reiskosten.")
LONG = "\n\n".join(f"Onderwerp {i}: " + "We hebben het gehad over werk, scholing en uw week. " * 6
                   for i in range(25))


class _MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


def _seed(store: Store, summary: str) -> str:
    with store.db.session() as s:
        team = Team(name="Wijkteam Feijenoord")
        s.add(team)
        s.flush()
        coach = User(username="sdevries", display_name="Sanne de Vries", team_id=team.id,
                     phone="010 498 12 34", email="s.devries@rotterdam.nl", reachable="ma-do 9-17 uur")
        s.add(coach)
        s.flush()
        client = Client(bsn="111222333", first_name="Ayşe", last_name="Çelik", coach_id=coach.id,
                        team_id=team.id)
        s.add(client)
        s.flush()
        conv = Conversation(client_id=client.id, coach_id=coach.id, held_at=datetime(2026, 11, 26, 10, 0),
                            place="Wijkkantoor Feijenoord", summary_for_client=summary,
                            internal_notes="intern", next_meeting_at=datetime(2026, 12, 17, 14, 30))
        s.add(conv)
        s.flush()
        for i, (what, party) in enumerate([("Cv bijwerken en opsturen", "client"),
                                           ("Reiskosten uitzoeken", "coach"),
                                           ("Twee vacatures bekijken op werk.nl", "client")]):
            s.add(Agreement(client_id=client.id, conversation_id=conv.id, description=what, party=party,
                            due_date=date(2026, 12, 3 + i)))
        return conv.id


def _time(fn, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    keyring.set_keyring(_MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Paths.resolve(Path(tmp) / "data"))
        try:
            printer = ConversationPrinter(store.db, store.actor())
            typical, long = _seed(store, TYPICAL), _seed(store, LONG)
            first = _time(lambda: printer.render(typical), 1)[0]
            print(f"first render (registers fonts): {first:.1f} ms")
            for label, cid in (("typical summary (1 page)", typical), ("long summary (2 pages)", long)):
                printer.render(cid)  # warm
                times = _time(lambda cid=cid: printer.render(cid), args.runs)
                mean, worst = statistics.mean(times), max(times)
                verdict = "within" if worst <= BUDGET_MS else "OVER"
                print(f"{label}: mean {mean:.1f} ms, max {worst:.1f} ms over {args.runs} runs, "
                      f"{len(printer.render(cid)) // 1024} KiB — {verdict} budget {BUDGET_MS:.0f} ms")
        finally:
            store.close()


if __name__ == "__main__":
    main()
