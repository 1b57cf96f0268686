"""The central store enforces the policy (sync/policy) on push, and lists stored records that break it.

On push, a mutation of a signal, call attempt, absence or conversation is judged by the state it would
leave: the row with the mutation's fields applied, together with the related rows of that client (call
attempts, the follow-up conversation) as they stand in the store and earlier in the same batch. A mutation
that makes a signal or absence break a rule it did not break before is rejected with the reason
(reasons.wire_reason: the Dutch text and the codes the desktop shows in its own language). Rules broken
already before (records stored before this check existed) do not block unrelated edits; `wijkdesk-server
check-policy` lists them. A client placed in an absence-approach group is counted with the group's stored members and
the batch's earlier placements (the maximum group size, seed 004).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import JSON, Connection, cast, delete, func, insert, select

from sync import clock
from sync.policy.absence_approach import judge_attendance, judge_group, judge_group_size, judge_session
from sync.policy.absences import AbsenceState, judge_absence
from sync.policy.clients import FIELDS as CLIENT_FIELDS
from sync.policy.clients import client_change_refusals, judge_client_state
from sync.policy.duty_to_inform import judge_conversation
from sync.policy.profile import judge_profile_entry
from sync.policy.reasons import Refusal, text, wire_reason
from sync.policy.referrals import judge_referral
from sync.policy.satisfaction import judge_placement
from sync.policy.settings import PolicySettings, check_setting
from sync.policy.signals import Attempt, SignalState, judge_signal, withdraw_refusal
from sync.policy.values import as_instant

from .models import T_POLICY_SETTING, T_RECORD
from .records import Read, Rec, among, load_by_client_ids, load_by_keys, load_table

POLICY_TABLES = frozenset({"signal", "call_attempt", "absence", "conversation", "client", "referral", "placement",
                           "profile_entry", "approach_attendance", "approach_group", "approach_session"})
# Judged on the row alone (no related rows of the client).
ROW_RULES: dict[str, Any] = {"conversation": judge_conversation, "referral": judge_referral,
                             "placement": judge_placement, "profile_entry": judge_profile_entry,
                             "approach_group": judge_group, "approach_session": judge_session}
Key = tuple[str, str]
# The tables whose rows a signal's or absence's judgement reads besides the row itself (_judge); an absence also
# reads its follow-up conversation, loaded by id.
JUDGED = ("signal", "call_attempt", "absence")


# -- settings ------------------------------------------------------------------------------------------

def stored_settings(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(select(T_POLICY_SETTING.c.key, T_POLICY_SETTING.c.value))}


SETTINGS_READ = Read("policy:settings", lambda _dialect: select(T_POLICY_SETTING.c.key, T_POLICY_SETTING.c.value), {})
"""The stored settings as a lookup for records.read_many (a push sends it with its other lookups)."""


def load_settings(conn: Connection) -> PolicySettings:
    return PolicySettings.from_mapping(stored_settings(conn))


def policy_settings(store: Any) -> dict[str, int]:
    """Every policy number as the handshake sends it (defaults filled in)."""
    with store.plain() as conn:
        return load_settings(conn).as_dict()


def set_setting(conn: Connection, key: str, value: str) -> int:
    """Store one setting (SettingError when unknown or out of bounds, or when min > max would follow)."""
    number = check_setting(key, value)
    merged = load_settings(conn).as_dict() | {key: number}
    if merged["sanction_min_percentage"] > merged["sanction_max_percentage"]:
        from sync.policy.settings import SettingError
        raise SettingError("sanction_min_percentage ligt boven sanction_max_percentage")
    conn.execute(delete(T_POLICY_SETTING).where(T_POLICY_SETTING.c.key == key))
    conn.execute(insert(T_POLICY_SETTING).values(key=key, value=str(number), updated_at=clock.utcnow()))
    return number


# -- judging one client's rows ------------------------------------------------------------------------

def _signal_refusals(rows: Mapping[Key, Mapping[str, Any]], signal_id: str, today: date,
                     settings: PolicySettings) -> list[Refusal]:
    sig = rows.get(("signal", signal_id))
    if sig is None or sig.get("deleted_at"):
        return []
    attempts = [Attempt.of(d) for (t, _r), d in rows.items() if t == "call_attempt" and d.get("signal_id") == signal_id]
    return judge_signal(SignalState.of(sig), attempts, today, settings)


def _absence_refusals(rows: Mapping[Key, Mapping[str, Any]], absence_id: str, today: date,
                      settings: PolicySettings) -> list[Refusal]:
    row = rows.get(("absence", absence_id))
    if row is None or row.get("deleted_at"):
        return []
    conv_id = row.get("followup_conversation_id")
    conv = rows.get(("conversation", conv_id)) if conv_id else None
    if conv is not None and conv.get("client_id") != row.get("client_id"):
        conv = None
    return judge_absence(AbsenceState.of(row, conv), today, settings)


def _subjects(table: str, row_id: str, data: Mapping[str, Any] | None,
              rows: Mapping[Key, Mapping[str, Any]]) -> set[Key]:
    """The signals and absences whose state a change of this row can affect."""
    if table in ("signal", "absence"):
        return {(table, row_id)}
    if table == "call_attempt":
        return {("signal", data["signal_id"])} if data and data.get("signal_id") else set()
    if table == "conversation":
        return {k for k, d in rows.items() if k[0] == "absence" and d.get("followup_conversation_id") == row_id}
    return set()


def followup(row: Mapping[str, Any] | None) -> str | None:
    """The follow-up conversation an absence row names (None when none, or not an id)."""
    cid = row.get("followup_conversation_id") if row else None
    return cid if isinstance(cid, str) else None


def group_of(row: Mapping[str, Any] | None) -> str | None:
    """The absence-approach group a client row counts in (a deleted client counts nowhere)."""
    if not row or row.get("deleted_at"):
        return None
    gid = row.get("approach_group_id")
    return gid if isinstance(gid, str) and gid else None


def group_members(conn: Connection, group_ids: Iterable[str]) -> dict[str, set[str]]:
    """The stored (not deleted) clients per group, and a row lock on each group's record until the push ends, so
    two pushes filling the same group count one after the other. The group sits in the client row's JSON."""
    ids = sorted(set(group_ids))
    out: dict[str, set[str]] = {g: set() for g in ids}
    if not ids:
        return out
    load_by_keys(conn, {("approach_group", g) for g in ids}, lock=True)
    if conn.dialect.name == "postgresql":
        gid = func.json_extract_path_text(cast(T_RECORD.c.data, JSON), "approach_group_id")
    else:
        gid = func.json_extract(T_RECORD.c.data, "$.approach_group_id")
    stmt = select(T_RECORD.c.row_id, gid).where(T_RECORD.c.table_name == "client", T_RECORD.c.deleted_at.is_(None),
                                                among(conn, gid, ids))
    for row_id, group in conn.execute(stmt):
        out[group].add(row_id)
    return out


def _judge(subject: Key, rows: Mapping[Key, Mapping[str, Any]], today: date, settings: PolicySettings) -> list[Refusal]:
    if subject[0] == "signal":
        return _signal_refusals(rows, subject[1], today, settings)
    return _absence_refusals(rows, subject[1], today, settings)


@dataclass
class PolicyGuard:
    """One push batch's policy check. `recs` is the batch's record map (shared: related rows loaded here are
    added to it read-only, and later mutations of them in the batch see the same objects)."""

    conn: Connection
    recs: dict[Key, Rec]
    user_id: str | None
    _settings: PolicySettings | None = None
    _clients: dict[str, set[Key]] = field(default_factory=dict)
    _groups: dict[str, set[str]] = field(default_factory=dict)  # group id -> its clients, as the batch goes

    @property
    def settings(self) -> PolicySettings:
        if self._settings is None:
            self._settings = load_settings(self.conn)
        return self._settings

    def preload(self, client_ids: Iterable[str], followups: Iterable[str | None] = ()) -> None:
        """Load the related rows of these clients now, in one query for the batch, instead of one per mutation
        while mutations are decided; `followups`: the follow-up conversations the batch's absences name."""
        ids = sorted({c for c in client_ids if isinstance(c, str)} - set(self._clients))
        if not ids:
            return
        self.settings  # noqa: B018 (loaded now, for the same reason)
        # A client the store does not hold (new in this batch, the usual case of a first push) has no stored rows
        # either: a row is only ever accepted for a client already there (push.py), so only the others are asked.
        stored = [cid for cid in ids if ("client", cid) in self.recs]
        # Only what a judgement reads besides the row itself (_judge): the client's signals, call attempts and
        # absences, and the follow-up conversations those absences name; not every conversation of the client.
        loaded = load_by_client_ids(self.conn, stored, JUDGED) if stored else {}
        for key, rec in loaded.items():
            self.recs.setdefault(key, rec)
        idset = set(ids)
        wanted = set(followups) | {followup(rec.data) for key, rec in self.recs.items()
                                   if key[0] == "absence" and rec.client_id in idset}
        convs = {("conversation", c) for c in wanted if c and len(c) <= 36 and "\x00" not in c} - self.recs.keys()
        for key, rec in (load_by_keys(self.conn, convs) if convs else {}).items():
            self.recs.setdefault(key, rec)
        for cid in ids:
            self._clients[cid] = set()
        for key, rec in self.recs.items():
            if key[0] in POLICY_TABLES and rec.client_id in self._clients:
                self._clients[rec.client_id].add(key)

    def _check_client(self, rec: Rec | None, fields: Mapping[str, Any]) -> None:
        """werk.nl, aftercare, the work-duty exemption (sync/policy/clients.py): judged on the client row alone (no
        related rows), only when the mutation touches a field they read."""
        if CLIENT_FIELDS.isdisjoint(fields):
            return
        before = rec.data if rec is not None else None
        new = client_change_refusals(before, {**(before or {}), **fields}, clock.today(), self.settings)
        if new:
            raise ValueError(wire_reason(new))

    def preload_groups(self, group_ids: Iterable[str]) -> None:
        """Load the members of these groups now (see preload: no query once mutations are decided)."""
        ids = {g for g in group_ids if isinstance(g, str) and g and len(g) <= 36 and "\x00" not in g} - set(self._groups)
        self._groups.update(group_members(self.conn, ids))

    def _check_group_size(self, row_id: str, rec: Rec | None, fields: Mapping[str, Any]) -> None:
        """A client joining a group (placed, or restored while placed) that would then hold more than the maximum
        is refused; a group over the maximum already (stored before this check) only refuses newcomers."""
        if "approach_group_id" not in fields and "deleted_at" not in fields:
            return
        old = group_of(rec.data if rec is not None else None)
        new = group_of({**(rec.data if rec is not None else {}), **fields})
        if new is None or new == old:
            return
        members = self._groups.get(new)
        if members is None:  # not preloaded (guard_for does): what the batch placed there
            members = self._groups[new] = set()
        refusals = judge_group_size(len(members - {row_id}) + 1)
        if refusals:
            raise ValueError(wire_reason(refusals))

    def _note_group(self, row_id: str, rec: Rec | None, fields: Mapping[str, Any]) -> None:
        old = group_of(rec.data if rec is not None else None)
        new = group_of({**(rec.data if rec is not None else {}), **fields})
        if old is not None and old in self._groups:
            self._groups[old].discard(row_id)
        if new is not None:
            self._groups.setdefault(new, set()).add(row_id)

    def _keys_of(self, client_id: str) -> set[Key]:
        keys = self._clients.get(client_id)
        if keys is None:  # not preloaded: only what the batch holds (never a query, see preload)
            keys = {k for k, r in self.recs.items() if k[0] in POLICY_TABLES and r.client_id == client_id}
            self._clients[client_id] = keys
        return keys

    def check(self, table: str, row_id: str, rec: Rec | None, fields: Mapping[str, Any]) -> None:
        """Raise ValueError(reason) when this mutation would leave a forbidden state; else note the row."""
        if table == "client":
            self._check_client(rec, fields)
            self._check_group_size(row_id, rec, fields)
            self._note_group(row_id, rec, fields)
            return
        own_rules = ROW_RULES.get(table)
        if table == "approach_attendance":  # judged with the client row: only admitted participants
            own = {**(rec.data if rec else {}), **fields}
            client = self.recs.get(("client", own.get("client_id") or ""))
            own_rules = partial(judge_attendance, client=client.data if client else None)
        if own_rules is not None:  # the duty to inform, referrals, ...: judged on the row itself
            own = {**(rec.data if rec else {}), **fields}
            old = own_rules(rec.data) if rec is not None else []
            new = [r for r in own_rules(own) if r not in old]
            if new:
                raise ValueError(wire_reason(new))
            if table != "conversation":
                return
        if table not in POLICY_TABLES:
            return
        client_id = fields.get("client_id") or (rec.client_id if rec else None)
        if not isinstance(client_id, str):
            return
        keys = self._keys_of(client_id)
        key = (table, row_id)
        if table == "conversation" and not any(k[0] == "absence" for k in keys):
            keys.add(key)  # the common case (a coach's conversations): no absence can depend on it
            return
        before = {k: self.recs[k].data for k in keys if k in self.recs}
        after_row = dict(rec.data) if rec is not None else {}
        after_row.update(fields)
        after = dict(before)
        after[key] = after_row
        refusals: list[Refusal] = []
        if table == "call_attempt" and rec is not None and not rec.deleted and fields.get("deleted_at"):
            attempt = Attempt.of(rec.data)
            at = as_instant(fields["deleted_at"]) or clock.utcnow()
            why = attempt and withdraw_refusal(attempt, self.user_id, min(at, clock.utcnow()), self.settings)
            if why:
                refusals.append(why)
        today = clock.today()
        subjects = _subjects(table, row_id, before.get(key), before) | _subjects(table, row_id, after_row, after)
        for subject in sorted(subjects):
            old = _judge(subject, before, today, self.settings)
            refusals.extend(r for r in _judge(subject, after, today, self.settings) if r not in old)
        if refusals:
            raise ValueError(wire_reason(refusals))
        keys.add(key)


def guard_for(conn: Connection, recs: dict[Key, Rec], user_id: str | None,
              touched: Iterable[tuple[str, str, Mapping[str, Any]]],
              settings: PolicySettings | None = None) -> PolicyGuard | None:
    """A preloaded guard for a batch touching (table, row id, fields) — None if nothing in it can break a rule.
    `settings`: the policy settings when already read (SETTINGS_READ)."""
    client_ids: set[Any] = set()
    groups: set[Any] = set()
    followups: set[str | None] = set()
    client_rules = False
    for table, row_id, fields in touched:
        if table == "client":
            client_rules = client_rules or not CLIENT_FIELDS.isdisjoint(fields) or "deleted_at" in fields
            if "approach_group_id" in fields or "deleted_at" in fields:
                rec = recs.get((table, row_id))
                groups.add(group_of({**(rec.data if rec is not None else {}), **fields, "deleted_at": None}))
        elif table in POLICY_TABLES:
            rec = recs.get((table, row_id))
            cid = fields.get("client_id")
            client_ids.add(cid if isinstance(cid, str) else rec.client_id if rec else None)
            if table == "absence":
                followups.add(followup(fields))
    # only ids that can be looked up: PostgreSQL refuses a NUL even in a lookup (the mutation itself is refused later)
    client_ids = {c for c in client_ids if isinstance(c, str) and len(c) <= 36 and "\x00" not in c}
    if not client_ids and not client_rules:
        return None
    guard = PolicyGuard(conn, recs, user_id, settings)
    guard.preload(client_ids, followups)
    guard.preload_groups(groups)
    guard.settings  # noqa: B018 (read before any COPY starts, see preload)
    return guard


# -- check-policy: what is stored ---------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    table: str
    row_id: str
    client_id: str | None
    codes: tuple[str, ...]
    reason: str


def stored_findings(conn: Connection, today: date | None = None) -> list[Finding]:
    """Every stored (not deleted) client, absence-approach attendance and group, assessment, signal and absence that
    breaks a rule, with the reason. Changes nothing."""
    today = today or clock.today()
    settings = load_settings(conn)
    signals = [r for r in load_table(conn, "signal") if not r.deleted]
    absences = [r for r in load_table(conn, "absence") if not r.deleted]
    rows: dict[Key, Mapping[str, Any]] = {r.key: r.data for r in signals + absences}
    for rec in load_table(conn, "call_attempt"):
        rows[rec.key] = rec.data
    conv_keys: Iterable[Key] = {("conversation", r.data["followup_conversation_id"]) for r in absences
                                if r.data.get("followup_conversation_id")}
    for key, rec in load_by_keys(conn, conv_keys).items():
        rows[key] = rec.data
    out: list[Finding] = []

    def found(rec: Rec, refusals: list[Refusal], client_id: str | None) -> None:
        if refusals:
            out.append(Finding(rec.table, rec.row_id, client_id, tuple(r.code for r in refusals), text(refusals)))

    clients = load_table(conn, "client")
    for rec in clients:
        found(rec, [] if rec.deleted else judge_client_state(rec.data, today, settings), rec.row_id)
    # the absence approach: attendance (a no-show without its absence, a participant not admitted), groups over
    # the maximum; assessments marked recognised without the day the client said so
    by_id = {rec.row_id: rec.data for rec in clients}
    for rec in load_table(conn, "approach_attendance"):
        found(rec, judge_attendance(rec.data, by_id.get(rec.client_id or "")), rec.client_id)
    sizes: dict[str, int] = {}
    for data in by_id.values():
        gid = group_of(data)
        if gid is not None:
            sizes[gid] = sizes.get(gid, 0) + 1
    for rec in load_table(conn, "approach_group"):
        found(rec, [] if rec.deleted else judge_group_size(sizes.get(rec.row_id, 0)), None)
    for rec in load_table(conn, "profile_entry"):
        found(rec, judge_profile_entry(rec.data), rec.client_id)
    for rec in sorted(signals + absences, key=lambda r: (r.table, r.client_id or "", r.row_id)):
        refusals = _judge(rec.key, rows, today, settings)
        if refusals:
            out.append(Finding(rec.table, rec.row_id, rec.client_id, tuple(r.code for r in refusals), text(refusals)))
    return out
