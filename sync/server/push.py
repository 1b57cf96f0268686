"""POST /sync/push: apply a batch of outbox mutations (DESIGN §4.3).

The whole batch runs in one transaction (Store.push: on PostgreSQL the change counter is taken only at
the end, for numbering and writing the changed rows; the records touched are row-locked when loaded). It is
loaded in bulk (one query for the mutation ids seen before, one or two for the records touched), each
mutation is then decided on its own in memory, and everything is written back in bulk statements.
A mutation is either fully applied/conflicted or rejected before it changes anything, so one bad
mutation never affects the others.

Rules per mutation:

- Idempotency: a mutation id seen before with the same payload (sha256 of its canonical JSON) gets the
  stored result again and changes nothing; the same id with another payload is rejected
  ("mutation id reused with different content") and changes nothing.
- Validation: unknown table, unknown field, a value of the wrong type (protocol.check_value), a central
  table from a non-admin, users/teams from anyone (they are managed with `wijkdesk-server`): rejected, the
  reason names the table/field. Which fields each role may write of the absence approach is
  sync/policy/roles.py: a team lead only their own records (admission decision and group on the client row,
  groups, sessions, attendance, a no-show's absence) for clients and groups of their own team; the absence team
  only the door visit on an absence of a client of their team; a coach none of those team-lead records.
- Scope (from the token, never from the mutation): a coach writes clients owned by them or by a coach they
  deputise for. A transfer or the end of a deputyship ends that at once; such a coach's late changes are
  refused and parked for the client's coach (parked.py), never lost. A client's team must exist and be the
  coach's own team or that of a coach they deputise for (teams.py).
  A new client must name such a coach as coach_id; a coach_id change is a caseload transfer, done by
  `wijkdesk-server caseload transfer`. Rows of client tables follow their client (client_id of the insert,
  or of the stored row; changing client_id is rejected). An insert whose row id already exists outside the
  pusher's scope is rejected (forged id). A specialist may only update SPECIALIST_WRITABLE fields of
  placements assigned to them. Audit events are insert-only.
- Policy (policy_check.py, sync/policy): a change of a signal, call attempt, absence or conversation that
  would leave a signal or absence in a state the seeds forbid (a warning or fine investigation without the
  telephone-first steps, a sanction without door visit, conversation, circumstances check or hearing, ...)
  is rejected with the reason, judged with the client's related rows in the store and in the batch.
- Field-level merge: a field the server changed after the mutation's base_version (by another device)
  whose server value differs is a conflict: the server value stands, the losing value is stored in
  `conflict` and returned as a FieldConflict; the mutation's other fields are applied (status "conflict").
  A device's own earlier change of a field never conflicts with its later one.
- Delete vs edit: a tombstone wins. Setting deleted_at is never a conflict; an update of a deleted row
  that does not clear deleted_at applies nothing and returns every changed field as a conflict so the
  user can restore the row (clearing deleted_at is an explicit restore and applies, with its other
  fields merged as usual). An insert of a row id that exists in scope is an update on base version 0.
- Applied changes raise the version by one and get a new change number.
- When a placement's specialist changes or it is deleted/restored, or an agreement stops/starts being
  shared, the specialists who lose rows get "remove" events and those who gain rows get them re-sent. A
  client whose team changes (compared with before the batch) is removed from the old team's team leads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from sync.policy.roles import forbidden_fields
from sync.policy.settings import PolicySettings
from sync.protocol import (
    CENTRAL_TABLES,
    CLIENT_TABLES,
    SPECIALIST_WRITABLE,
    TABLE_FIELDS,
    TEAM_TABLES,
    Mutation,
)

from . import audit, parked, teams
from .authors import Source, annotate, source_of
from .db import Numbers, Store
from .echo import echo_origin
from .models import T_APPLIED, T_CONFLICT, T_REMOVAL, new_id, utcnow
from .parked import access_of, access_read
from .policy_check import POLICY_TABLES, SETTINGS_READ, PolicyGuard, guard_for
from .push_fields import field_problem, payload_hash, role_free
from .records import (
    Read,
    Rec,
    among_param,
    bulk_insert,
    clients_with,
    dumps,
    ids_bind,
    ids_value,
    insert_columns,
    key_reads,
    load_by_client_ids,
    load_by_keys,
    new_rec,
    read_many,
    recs_of,
    write_records,
)
from .scope import Principal, specialist_views, team_lead_removals

TEAM_ROLES = ("team_lead", "absence_team")

REUSED = "mutation id reused with different content"


class Rejected(Exception):
    pass


def result_text(res: dict[str, Any]) -> str:
    """A result as JSON text (what `dumps(res)` gives), without the encoder for a plain applied one."""
    if res["status"] == "applied" and not res["conflicts"] and res["reason"] is None:
        return (f'{{"mutation_id":"{res["mutation_id"]}","status":"applied","version":{res["version"]},'
                f'"reason":null,"conflicts":[]}}')
    return dumps(res)


_STATUS_AT = len('{"mutation_id":"') + 36 + len('","status":"')


def _status_of(text: str) -> str:
    """The status of a stored result text (written by result_text/dumps: mutation_id first, then status)."""
    end = text.find('"', _STATUS_AT)
    status = text[_STATUS_AT:end]
    if text[_STATUS_AT - 11:_STATUS_AT] == ',"status":"' and status in ("applied", "conflict", "rejected"):
        return status
    return json.loads(text)["status"]


@dataclass
class Batch:
    conn: Connection
    seq: Numbers
    who: Principal
    recs: dict[tuple[str, str], Rec]
    owners: set[str] = field(default_factory=set)
    transferred: set[str] = field(default_factory=set)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    touched_specialist_clients: set[str] = field(default_factory=set)
    team_before: dict[str, str | None] = field(default_factory=dict)  # client id -> team before this batch
    audit_rows: list[dict[str, Any]] = field(default_factory=list)  # new rows of the audit trail (audit.py)
    audit_ids: set[str] = field(default_factory=set)  # audit event ids already in the trail
    parked: list[dict[str, Any]] = field(default_factory=list)  # refused because access ended (parked.py)
    ended: set[str] = field(default_factory=set)  # clients this coach's access to ended (parked.access_of)
    sources: dict[str, Source] = field(default_factory=dict)  # conflict id -> who made the central value
    # teams.take: every team, and those this user may put a client in (read when the batch holds a client row)
    teams_known: set[str] = field(default_factory=set)
    teams_allowed: set[str] = field(default_factory=set)

    def out_of_scope(self, m: Mutation, mid: str, row_id: str, client_id: str | None, reason: str) -> Rejected:
        """The refusal of a change outside the sender's scope; parked when their access to the client ended."""
        if client_id and parked.specialist_lost_placement(self.who.role, m):
            self.parked.append(parked.parked_row(m, mid, row_id, client_id, self.who.user_id, self.who.device_id))
            return Rejected(parked.ACCESS_ENDED)
        if self.who.role == "coach" and client_id in self.ended:
            self.parked.append(parked.parked_row(m, mid, row_id, client_id, self.who.user_id, self.who.device_id))
            return Rejected(parked.ACCESS_ENDED)
        return Rejected(reason)
    guard: PolicyGuard | None = None  # the policy rules (sync/policy), made when a batch touches their tables

    def check_policy(self, table: str, row_id: str, rec: Rec | None, fields: dict[str, Any]) -> None:
        """Reject a mutation that would leave a signal or absence in a state the policy forbids."""
        if table not in POLICY_TABLES:
            return
        if self.guard is None:
            self.guard = PolicyGuard(self.conn, self.recs, self.who.user_id)
        try:
            self.guard.check(table, row_id, rec, fields)
        except ValueError as exc:
            raise Rejected(str(exc)) from None

    # -- scope ---------------------------------------------------------------------------------
    def client_writable(self, client_id: str | None) -> bool:
        if self.who.role == "admin":
            return client_id is None or ("client", client_id) in self.recs
        crec = self.recs.get(("client", client_id)) if client_id else None
        if crec is None:
            return False
        if self.who.role in TEAM_ROLES:  # a client of their own team
            return self.who.team_id is not None and crec.team_id == self.who.team_id
        return crec.owner_id in self.owners or client_id in self.transferred

    def writable(self, rec: Rec) -> bool:
        role = self.who.role
        if role == "admin":
            return True
        if role == "specialist":
            return rec.table == "placement" and rec.owner_id == self.who.user_id
        if rec.table in CENTRAL_TABLES:
            return False
        if rec.table in TEAM_TABLES:
            return role == "team_lead" and self.who.team_id is not None and rec.team_id == self.who.team_id
        return self.client_writable(rec.client_id)

    # -- one mutation --------------------------------------------------------------------------
    def apply(self, m: Mutation, mid: str, row_id: str, problem: str | None) -> dict[str, Any]:
        """Decide one mutation; `problem`: what push_fields.field_problem found wrong with its table or fields."""
        table, fields, role = m.table, m.fields, self.who.role
        if problem:
            raise Rejected(problem)
        if table == "audit_event":
            return audit.accept(self, m, mid, row_id, Rejected)
        if table in ("user", "team"):
            raise Rejected(f"table '{table}' is managed with wijkdesk-server commands, not by sync")
        if table in CENTRAL_TABLES and role != "admin":
            raise Rejected(f"table '{table}' is maintained centrally and is read-only")
        if role not in ("coach", "specialist", "admin", *TEAM_ROLES):
            raise Rejected(f"role '{role}' cannot change records")

        key = (table, row_id)
        rec = self.recs.get(key)
        if rec is not None and not self.writable(rec):
            if m.op == "insert":
                raise self.out_of_scope(m, mid, row_id, rec.client_id,
                                        f"row id {row_id} already exists outside your scope")
            raise self.out_of_scope(m, mid, row_id, rec.client_id, f"{table} {row_id} is outside your scope")
        if rec is None:
            if m.op == "update":
                raise Rejected(f"{table} {row_id} does not exist on the server")
            # on a new row None and False record nothing (the desktop sends every column, defaults included)
            if table in TEAM_TABLES or not role_free(role, table, "insert"):
                self.check_role(table, {f: v for f, v in fields.items() if v is not None and v is not False},
                                "insert")
            return self.insert(m, mid, table, row_id, fields)
        if table in TEAM_TABLES or not role_free(role, table, "update"):
            self.check_role(table, {f: v for f, v in fields.items() if rec.data.get(f) != v}, "update")
        return self.update(m, mid, rec, fields, m.base_version if m.op == "update" else 0)

    def check_role(self, table: str, changes: dict[str, Any], op: str) -> None:
        """What this role may write (sync/policy/roles.py); a team's records stay with that team."""
        bad = forbidden_fields(self.who.role, table, changes, op)
        if bad:
            raise Rejected(f"a {self.who.role} may not change {table}.{', '.join(bad)}")
        if table in TEAM_TABLES and "team_id" in changes and (
                self.who.role != "admin" and changes["team_id"] != self.who.team_id):
            raise Rejected(f"{table}.team_id must be your own team")

    def insert(self, m: Mutation, mid: str, table: str, row_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        role = self.who.role
        if role == "specialist":
            raise Rejected("a specialist can only update the progress and evaluation of their placements")
        if table == "client":
            if role != "admin" and fields.get("coach_id") not in self.owners:
                raise Rejected("client.coach_id must be you or a coach you deputise for")
            teams.check_client_team(self, fields, Rejected)
        elif table in TEAM_TABLES:
            if role != "admin" and (self.who.team_id is None or fields.get("team_id") != self.who.team_id):
                raise Rejected(f"{table}.team_id must be your own team")
        elif table in CLIENT_TABLES:
            cid = fields.get("client_id")
            if not cid:
                raise Rejected(f"{table}.client_id is required")
            if not self.client_writable(cid):
                raise self.out_of_scope(m, mid, row_id, cid, f"client {cid} of this {table} is not in your scope")
        self.check_policy(table, row_id, None, fields)
        rec = new_rec(table, row_id, fields, self.who.device_id, self.seq)
        rec.origin = self.who.device_id  # the device holds exactly this row: its pulls leave it out
        self.recs[rec.key] = rec
        self.note(rec)
        return {"mutation_id": mid, "status": "applied", "version": rec.version, "reason": None, "conflicts": []}

    def update(self, m: Mutation, mid: str, rec: Rec, fields: dict[str, Any], base: int) -> dict[str, Any]:
        role, table = self.who.role, rec.table
        if base > rec.version:  # a version the server never gave out would skip conflict detection
            raise Rejected(f"base_version {base} is newer than the server's version {rec.version}")
        if table == "audit_event":
            raise Rejected("audit events are append-only")
        if role == "specialist":
            allowed = SPECIALIST_WRITABLE.get(table, frozenset())
            bad = sorted(set(fields) - allowed)
            if bad:
                raise Rejected(f"a specialist may not change {table}.{', '.join(bad)}")
        if table in CLIENT_TABLES and "client_id" in fields and fields["client_id"] != rec.data.get("client_id"):
            raise Rejected(f"{table}.client_id cannot be changed")
        if (table == "client" and role != "admin" and "coach_id" in fields
                and fields["coach_id"] != rec.data.get("coach_id")):
            raise Rejected("client.coach_id changes only through a caseload transfer")
        if table == "client" and fields.get("team_id") != rec.data.get("team_id"):
            teams.check_client_team(self, fields, Rejected)
        self.check_policy(table, rec.row_id, rec, fields)

        device = self.who.device_id
        changed: dict[str, Any] = {}
        lost: list[str] = []
        if rec.deleted and not ("deleted_at" in fields and fields["deleted_at"] is None):
            # A tombstone wins: nothing applies, every real change is kept as a conflict.
            lost = [f for f, v in fields.items() if f != "deleted_at" and rec.data.get(f) != v]
        else:
            for f, v in fields.items():
                if rec.data.get(f) == v:
                    continue
                if f != "deleted_at" and rec.fv.get(f, 0) > base and rec.writer(f) != device:
                    lost.append(f)
                else:
                    changed[f] = v
        sources = {f: source_of(rec, f) for f in lost}  # before the change: the central value's maker
        if changed:
            if table == "client" and "team_id" in changed:
                self.team_before.setdefault(rec.row_id, rec.data.get("team_id"))
            echo = None if lost else echo_origin(rec, base, device)
            rec.change(changed, device, self.seq)
            rec.origin = echo
            self.note(rec)
        result: dict[str, Any] = {"mutation_id": mid, "status": "applied", "version": rec.version, "reason": None,
                                  "conflicts": []}
        if lost:
            result["status"] = "conflict"
            now = utcnow()
            for f in lost:
                cid = new_id()
                self.sources[cid] = sources[f]
                mine, theirs = fields[f], rec.data.get(f)
                result["conflicts"].append({"conflict_id": cid, "table": table, "row_id": rec.row_id, "field": f,
                                            "mine": mine, "theirs": theirs, "server_version": rec.version})
                self.conflicts.append({"id": cid, "table_name": table, "row_id": rec.row_id, "field": f,
                                       "losing_value": dumps(mine), "server_value": dumps(theirs),
                                       "server_version": rec.version, "mutation_id": mid,
                                       "user_id": self.who.user_id, "device_id": device, "created_at": now,
                                       "resolved_at": None})
        return result

    def note(self, rec: Rec) -> None:
        if rec.table in ("placement", "agreement") and rec.client_id:
            self.touched_specialist_clients.add(rec.client_id)

    def teams_left(self) -> dict[str, str]:
        """Clients whose team changed in this batch (compared with before it): client id -> old team."""
        return {cid: old for cid, old in self.team_before.items()
                if old and self.recs[("client", cid)].team_id != old}

    # -- specialists who lose or gain rows -------------------------------------------------------
    def specialist_scope_changes(self) -> list[tuple[str, str, str]]:
        if not self.touched_specialist_clients:
            return []
        # Only a placement lets a specialist see a client: clients without one, stored or in this batch,
        # cannot change any specialist's view (the common case: a coach's own casework). A client new in this
        # batch has none stored (rows are only accepted for a client the store holds), so it is not asked.
        stored = {cid for cid in self.touched_specialist_clients
                  if (crec := self.recs.get(("client", cid))) is None or not crec.is_new}
        placed = clients_with(self.conn, "placement", stored) if stored else set()
        placed |= {r.client_id for r in self.recs.values() if r.table == "placement" and r.client_id}
        self.touched_specialist_clients &= placed
        if not self.touched_specialist_clients:
            return []
        before = load_by_client_ids(self.conn, self.touched_specialist_clients, ("client", "placement", "agreement"))
        after = dict(before)
        for key, rec in self.recs.items():
            if rec.client_id in self.touched_specialist_clients and rec.table in ("client", "placement", "agreement"):
                after[key] = rec
        v_before, v_after = specialist_views(before.values()), specialist_views(after.values())
        removals: list[tuple[str, str, str]] = []
        gained: set[tuple[str, str]] = set()
        for cid in sorted(self.touched_specialist_clients):
            vb, va = v_before.get(cid, {}), v_after.get(cid, {})
            for spec in sorted(set(vb) | set(va)):
                b, a = vb.get(spec, set()), va.get(spec, set())
                removals.extend((spec, t, r) for t, r in sorted(b - a))
                gained |= a - b
        for key in sorted(gained):
            rec = after[key]
            if not rec.dirty:  # not changed in this batch: re-send it so the new specialist pulls it
                self.recs[key] = rec
                rec.stamp(self.seq)
        return removals


def push(store: Store, who: Principal, mutations: list[Mutation], authors: bool = False) -> dict[str, Any]:
    """Apply a batch; returns a PushResponse as a dict. len(results) == applied + conflicted + rejected."""
    return json.loads(push_json(store, who, mutations, authors))


def push_json(store: Store, who: Principal, mutations: list[Mutation], authors: bool = False) -> str:
    """Apply a batch; returns a PushResponse as JSON text (a stored result is sent again as stored).
    `authors`: each new conflict names who made the central value and when (authors.py).

    On PostgreSQL pushes are decided side by side; when two of them raced for the same new row or mutation
    id (a unique violation) or locked the same rows in opposite orders (a deadlock), the loser's transaction
    is rolled back whole and the batch is decided again, now seeing the winner's rows."""
    if not mutations:
        return '{"results":[],"applied":0,"conflicted":0,"rejected":0}'
    ids = [m.mutation_id for m in mutations]  # text (protocol.UuidText)
    rows = [m.row_id for m in mutations]
    hashes = Hashes(mutations)
    for attempt in range(RETRIES):
        try:
            return _push_once(store, who, mutations, ids, rows, hashes, authors)
        except Exception as exc:  # SQLAlchemy wraps the driver's error, a COPY's comes as psycopg raised it
            if attempt == RETRIES - 1 or getattr(getattr(exc, "orig", exc), "sqlstate", None) not in RACES:
                raise
    raise AssertionError("unreachable")


class Hashes:
    """The batch's payload hashes (idempotency), each made when first asked for and kept across retries. While
    the batch is decided only a mutation id seen before needs its hash; the others are made while the database
    inserts the batch's records (records.copy_pieces), where the push would otherwise wait."""

    def __init__(self, mutations: list[Mutation]) -> None:
        self.mutations = mutations
        self.made: list[str | None] = [None] * len(mutations)

    def __getitem__(self, i: int) -> str:
        h = self.made[i]
        if h is None:
            h = self.made[i] = payload_hash(self.mutations[i])
        return h


def _applied_lookup(dialect: str) -> Any:
    return select(T_APPLIED.c.mutation_id, T_APPLIED.c.payload_hash, T_APPLIED.c.result_json).where(
        among_param(dialect, T_APPLIED.c.mutation_id, ids_bind(dialect)))


RETRIES = 5
RACES = frozenset(("23505", "40P01", "40001"))  # unique violation, deadlock, serialization failure


def _push_once(store: Store, who: Principal, mutations: list[Mutation], ids: list[str], rows: list[str],
               hashes: Hashes, authors: bool) -> str:
    results: list[str] = []
    counts = {"applied": 0, "conflict": 0, "rejected": 0}
    with store.push() as (conn, seq):
        # Row locks on every record the batch touches and on the client rows they belong to: another push of
        # the same clients waits here, then reads what that one committed (policy, scope and versions are
        # judged per client).
        keys = {(m.table, row_id) for m, row_id in zip(mutations, rows, strict=True) if m.table in TABLE_FIELDS}
        named = {c for m in mutations if type(c := m.fields.get("client_id")) is str}  # a batch names few
        keys |= {("client", c) for c in named if len(c) <= 36 and "\x00" not in c}  # PostgreSQL cannot look a NUL up
        tables = {m.table for m in mutations}
        events = [r for m, r in zip(mutations, rows, strict=True) if m.table == "audit_event"]
        # Everything the batch is decided on, asked in one go (records.read_many); each mutation's own field
        # checks are made while the database answers.
        key_lookups = key_reads(conn, keys, lock=True)
        reads = [Read("applied", _applied_lookup, {"ids": ids_value(conn, sorted(set(ids)))}), *key_lookups]
        if who.role == "coach":
            reads.append(access_read(who.user_id))
        if "client" in tables:
            reads += teams.reads(who)
        if events:
            reads.append(audit.known_read(conn, events))
        judged = not tables.isdisjoint(POLICY_TABLES) or "client" in tables
        if judged:
            reads.append(SETTINGS_READ)
        problems: list[str | None] = []
        answers = iter(read_many(conn, reads, lambda: problems.extend(field_problem(m.table, m.fields)
                                                                      for m in mutations)))

        # mutation id -> (its payload hash, or the index of an earlier mutation of this batch; status; result text)
        seen: dict[str, tuple[str | int, str, str]] = {mid: (h, _status_of(res), res) for mid, h, res in next(answers)}
        recs = recs_of(next(answers) for _ in key_lookups)
        batch = Batch(conn, seq, who, recs)
        if who.role == "coach":
            batch.owners, batch.ended = access_of(conn, who.user_id, next(answers))
        if "client" in tables:
            teams.take(batch, next(answers), next(answers))
        if events:
            batch.audit_ids = {r[0] for r in next(answers)}
        settings = PolicySettings.from_mapping(dict(next(answers))) if judged else None
        missing_clients = {("client", r.client_id) for r in recs.values() if r.client_id} - keys
        if missing_clients:
            recs.update(load_by_keys(conn, missing_clients, lock=True))
        batch.guard = guard_for(conn, recs, who.user_id, ((m.table, r, m.fields)
                                                          for m, r in zip(mutations, rows, strict=True)), settings)

        fresh: list[int] = []  # the mutations decided now (not seen before), by index
        fresh_texts: list[str] = []
        for i, (m, mid, row_id) in enumerate(zip(mutations, ids, rows, strict=True)):
            prev = seen.get(mid)
            if prev is not None:
                earlier = prev[0]
                if (earlier if type(earlier) is str else hashes[earlier]) == hashes[i]:
                    status, text = prev[1], prev[2]
                else:
                    status, text = "rejected", dumps({"mutation_id": mid, "status": "rejected",
                                                      "version": None, "reason": REUSED, "conflicts": []})
                results.append(text)
                counts[status] += 1
                continue
            try:
                res = batch.apply(m, mid, row_id, problems[i])
            except Rejected as exc:
                res = {"mutation_id": mid, "status": "rejected", "version": None, "reason": str(exc),
                       "conflicts": []}
            status, text = res["status"], result_text(res)
            results.append(text)
            counts[status] += 1
            seen[mid] = (i, status, text)
            fresh.append(i)
            fresh_texts.append(text)
        inserted = sum(1 for rec in batch.recs.values() if rec.is_new)
        removals = [{"seq": seq.next(), "user_id": u, "table_name": t, "row_id": r}
                    for u, t, r in batch.specialist_scope_changes() + team_lead_removals(conn, batch.teams_left())]

        if authors:
            results = annotate(conn, results, batch.sources)  # before the records are written
        # Unnumbered rows first, while other pushes may still take numbers.
        bulk_insert(conn, T_CONFLICT, batch.conflicts)
        audit.write(conn, batch.audit_rows)
        parked.write(conn, batch.parked)
        # The numbered rows: from here to the commit this push holds the counter (db.py).
        base = seq.claim(conn)
        for rec in batch.recs.values():
            if rec.dirty:
                rec.seq += base
        for row in removals:
            row["seq"] += base
        # The payload hashes are made while the database inserts the records.
        write_records(conn, batch.recs.values(), lambda: [hashes[i] for i in fresh])
        n, now = len(fresh), utcnow()
        insert_columns(conn, T_APPLIED, {
            "mutation_id": [ids[i] for i in fresh], "user_id": [who.user_id] * n, "device_id": [who.device_id] * n,
            "payload_hash": [hashes[i] for i in fresh], "result_json": fresh_texts, "created_at": [now] * n})
        bulk_insert(conn, T_REMOVAL, removals)
    store.grew(inserted)

    return (f'{{"results":[{",".join(results)}],"applied":{counts["applied"]},'
            f'"conflicted":{counts["conflict"]},"rejected":{counts["rejected"]}}}')
