"""Client satisfaction counted centrally (issue 17 point 9, seed 001): the client's rating (1-5) after a completed
placement and at the end of aftercare, per source: how many, the mean, how many per score, how many with a remark.
Only counts leave this module, never a remark's text or who gave it. `wijkdesk-server satisfaction` prints it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from .records import load_table


@dataclass(frozen=True)
class Satisfaction:
    source: str  # placement | aftercare
    count: int
    mean: float | None
    per_score: dict[int, int]
    with_remark: int


def _figures(source: str, pairs: list[tuple[object, object]]) -> Satisfaction:
    scores = [s for s, _r in pairs if isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 5]
    per_score = {n: scores.count(n) for n in range(1, 6)}
    remarks = sum(1 for s, r in pairs if s is not None and isinstance(r, str) and r.strip())
    mean = round(sum(scores) / len(scores), 2) if scores else None
    return Satisfaction(source, len(scores), mean, per_score, remarks)


def satisfaction_figures(conn: Connection) -> list[Satisfaction]:
    placements = [r.data for r in load_table(conn, "placement") if not r.deleted and r.data.get("status") == "completed"]
    clients = [r.data for r in load_table(conn, "client") if not r.deleted]
    return [_figures("placement", [(p.get("rating_client"), p.get("client_remark")) for p in placements]),
            _figures("aftercare", [(c.get("aftercare_satisfaction"), c.get("aftercare_satisfaction_remark"))
                                   for c in clients])]
