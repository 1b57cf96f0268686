"""Teams are checked on push (issue 13, point 5): a coach puts a client only in their own team, or in the team
of a coach they deputise for; a team that does not exist is refused. Admins may use any existing team."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, or_, select

from .models import T_DEPUTY, T_TEAM, T_USER
from .records import Read

if TYPE_CHECKING:
    from .push import Batch
    from .scope import Principal


def reads(who: Principal) -> list[Read]:
    """Every team and the teams this user may put clients in, as lookups for records.read_many (a push sends
    them with its other lookups); `take` keeps their answers on the batch. A coach's teams are those of the
    coaches whose caseload they work on (parked.access_of: themselves and whom they deputise for); anyone
    else's their own."""
    if who.role == "coach":
        allowed = Read("teams:coach", _coach_teams, {"user": who.user_id})
    else:
        allowed = Read("teams:own", _own_team, {"user": who.user_id})
    return [Read("teams:all", _all_teams, {}), allowed]


def take(batch: Batch, every: list[Any], allowed: list[Any]) -> None:
    batch.teams_known, batch.teams_allowed = {r[0] for r in every}, {r[0] for r in allowed}


def _all_teams(_dialect: str) -> Any:
    return select(T_TEAM.c.id)


def _own_team(_dialect: str) -> Any:
    return select(T_USER.c.team_id).where(T_USER.c.id == bindparam("user"), T_USER.c.team_id.is_not(None))


def _coach_teams(_dialect: str) -> Any:
    user = bindparam("user")
    deputised = select(T_DEPUTY.c.coach_id).where(T_DEPUTY.c.deputy_id == user, T_DEPUTY.c.ended_at.is_(None))
    return select(T_USER.c.team_id).where(or_(T_USER.c.id == user, T_USER.c.id.in_(deputised)),
                                          T_USER.c.team_id.is_not(None))


def check_client_team(batch: Batch, fields: dict[str, Any], rejected: type[Exception]) -> None:
    team_id = fields.get("team_id")
    if team_id is None:
        return
    if team_id not in batch.teams_known:
        raise rejected(f"client.team_id: unknown team {team_id}")
    if batch.who.role != "admin" and team_id not in batch.teams_allowed:
        raise rejected("client.team_id: a coach puts clients only in their own team")
