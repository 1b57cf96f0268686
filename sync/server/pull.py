"""GET /sync/pull: the changes in the caller's scope after a cursor, in change-number order (DESIGN §4.4).

One read snapshot per page: the counter value M, then at most `limit`+1 records and `limit`+1 removals
with cursor < seq <= M, merged by seq. Every record and removal has its own change number, so a page can
end anywhere. When nothing more is left the cursor jumps to M, so it advances even when nothing in scope
changed. The answer is built as JSON text directly; a record's stored JSON is spliced in as-is unless
the role sees only some of its fields.

`skip_own` (no echo, see echo.py): records whose latest version the calling device holds already are left
out; the cursor still moves past them. Counts always count them (they are in the device's copy).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, func, select

from .db import Store
from .models import CHANGE_COUNTER, T_COUNTER, T_RECORD, T_REMOVAL
from .records import dumps
from .scope import Principal, agreement_for, coach_owners, projection, pull_scope


class StaleCursor(Exception):
    pass


def current_seq(conn: Any) -> int:
    return int(conn.execute(select(T_COUNTER.c.value).where(T_COUNTER.c.name == CHANGE_COUNTER)).scalar_one())


def pull(store: Store, who: Principal, cursor: int | None, limit: int, counts: bool | None = None,
         skip_own: bool = False) -> str:
    """PullResponse as JSON text. Raises StaleCursor when the cursor is ahead of the server.

    `counts` (rows in scope per table) costs a scan of the caller's scope. On the last page only: always
    with counts=True, never with counts=False; by default (None) when the pull started without a cursor or
    the page has changes, so a sync with nothing to do stays cheap.
    """
    start = cursor or 0
    cut = projection(who.role)
    r = T_RECORD.c
    with store.read() as conn:
        top = current_seq(conn)
        if start > top:
            raise StaleCursor(f"cursor {start} is ahead of this server (at {top}): do a full restore")
        owners = coach_owners(conn, who.user_id) if who.role == "coach" else None
        scope = pull_scope(who, owners=owners)
        walk = pull_scope(who, walk_seq=store.is_sqlite, owners=owners)
        if skip_own:
            walk = and_(walk, r.origin_device.is_distinct_from(who.device_id))
        # Walk the change numbers in order and test the scope per row (SQLite would otherwise collect the
        # whole scope through the client_id index and sort it, on every page).
        recs = conn.execute(
            select(r.seq, r.table_name, r.row_id, r.version, r.data)
            .where(r.seq > start, r.seq <= top, walk).order_by(r.seq).limit(limit + 1)).all()
        rems = conn.execute(
            select(T_REMOVAL.c.seq, T_REMOVAL.c.table_name, T_REMOVAL.c.row_id)
            .where(T_REMOVAL.c.user_id == who.user_id, T_REMOVAL.c.seq > start, T_REMOVAL.c.seq <= top)
            .order_by(T_REMOVAL.c.seq).limit(limit + 1)).all()
        own = own_placements(conn, who) if who.role == "specialist" else None
        parts: list[tuple[int, str | None]] = []
        for seq, table, row_id, version, data in recs:
            keep = cut.get(table)
            if keep is not None:
                values = json.loads(data)
                if own is not None and table == "agreement" and not agreement_for(values, who.user_id, own):
                    parts.append((seq, None))  # another specialist's: kept as a place-holder for the paging
                    continue
                data = dumps({k: v for k, v in values.items() if k in keep})
            parts.append((seq, f'{{"seq":{seq},"table":"{table}","row_id":"{row_id}","op":"upsert",'
                               f'"version":{version},"fields":{data}}}'))
        for seq, table, row_id in rems:
            parts.append((seq, f'{{"seq":{seq},"table":"{table}","row_id":"{row_id}","op":"remove",'
                               f'"version":0,"fields":null}}'))
        if rems:
            parts.sort(key=lambda p: p[0])
        has_more = len(parts) > limit
        if has_more:
            parts = parts[:limit]
            new_cursor = parts[-1][0]
            counts_json = "null"
        else:
            new_cursor = top
            counts_json = "null"
            if counts or (counts is None and (cursor is None or parts)):
                found = dict(conn.execute(select(r.table_name, func.count()).where(scope).group_by(r.table_name)).all())
                if own is not None and found.get("agreement"):
                    found["agreement"] -= hidden_agreements(conn, who, scope, own)
                counts_json = dumps({t: n for t, n in sorted(found.items())})
    body = ",".join(p[1] for p in parts if p[1] is not None)
    return (f'{{"changes":[{body}],"cursor":{new_cursor},"has_more":{"true" if has_more else "false"},'
            f'"counts":{counts_json}}}')


def own_placements(conn: Any, who: Principal) -> set[str]:
    """A specialist's placement ids (deleted ones included)."""
    r = T_RECORD.c
    return {row[0] for row in conn.execute(select(r.row_id).where(r.table_name == "placement",
                                                                   r.owner_id == who.user_id))}


def hidden_agreements(conn: Any, who: Principal, scope: Any, own: set[str]) -> int:
    """Shared agreements of the specialist's clients that belong to another specialist (not sent, not counted)."""
    r = T_RECORD.c
    rows = conn.execute(select(r.data).where(scope, r.table_name == "agreement"))
    return sum(1 for (data,) in rows if not agreement_for(json.loads(data), who.user_id, own))
