"""Who may see which report (issue 16), and the audit row every request leaves.

- team lead: their own team only (asking for another team is refused);
- admin: everything, or one team;
- coach: their own caseload (the clients they are the coach of), without small-cell suppression;
- specialist: no reports.
The command line (`wijkdesk-server report`) is the administrator's: everything or one team, suppressed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, insert

from sync import clock
from sync.ids import new_id, new_mutation_id

from ..db import Store
from ..models import T_AUDIT
from ..scope import Principal
from . import Report, ReportError, Scope, compute, team_id_of

CLI = Principal(user_id="wijkdesk-server", username="wijkdesk-server", display_name="wijkdesk-server",
                role="admin", team_id=None, device_id="command-line")


class Forbidden(ReportError):
    """This role may not see this report or this team."""


def scope_for(conn: Connection, who: Principal, team: str | None) -> Scope:
    if who.role == "admin":
        return Scope(team_id=team_id_of(conn, team) if team else None)
    if who.role == "team_lead":
        if not who.team_id:
            raise Forbidden("een teamleider zonder team ziet geen cijfers")
        if team and team_id_of(conn, team) != who.team_id:
            raise Forbidden("een teamleider ziet alleen de cijfers van het eigen team")
        return Scope(team_id=who.team_id)
    if who.role == "coach":
        if team and team_id_of(conn, team) != who.team_id:
            raise Forbidden("een coach ziet alleen de cijfers van de eigen caseload")
        return Scope(coach_id=who.user_id, own_caseload=True)
    raise Forbidden("deze rol ziet geen rapporten")


def audit(conn: Connection, who: Principal, name: str, start: date, end: date, team: str | None,
          outcome: str) -> None:
    """One append-only audit row per request (also a refused one): who asked which figures."""
    purpose = f"rapport {name} {start.isoformat()} t/m {end.isoformat()}" + (f" team {team}" if team else "")
    conn.execute(insert(T_AUDIT).values(
        id=new_id(), received_at=clock.utcnow(), at=clock.utcnow(), user_id=who.user_id,
        username=who.username, role=who.role, device_id=who.device_id, action="report", entity=name[:40],
        entity_id=None, client_id=None, purpose=purpose[:200], fields=outcome, mutation_id=new_mutation_id()))


def run(store: Store, who: Principal, name: str, start: date, end: date, team: str | None = None) -> Report:
    """The report `who` may see; raises Forbidden / ReportError. The request is audited either way."""
    try:
        with store.read() as conn:
            report = compute(conn, name, start, end, clock.today(), scope_for(conn, who, team))
    except ReportError as exc:
        with store.plain(write=True) as conn:
            audit(conn, who, name, start, end, team, f"geweigerd: {exc}"[:500])
        raise
    with store.plain(write=True) as conn:
        audit(conn, who, name, start, end, report.team or team, f"{len(report.rows)} rijen")
    return report
