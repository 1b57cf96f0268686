"""Hypothesis: no sequence of pushes (single mutations or batches, in any order, with any field values a
tampering desktop could send) leaves a signal, absence or werk.nl case in a state the policy forbids — after every
sequence, `check-policy`'s scan of the store finds nothing. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync import clock as sync_clock
from sync.server.policy_check import stored_findings


def day(n: int) -> str:
    return (sync_clock.today() - timedelta(days=20 - n)).isoformat()


def at(n: int, hour: int, minute: int) -> str:
    d = date.fromisoformat(day(n))
    return datetime(d.year, d.month, d.day, hour, minute).isoformat()


COMPLETE = json.dumps({k: {"answer": "no", "note": ""} for k in ("children", "debts", "housing", "health")})
days = st.integers(0, 20).map(day)
maybe_days = st.none() | days

signal_fields = st.fixed_dictionaries({}, optional={
    "kind": st.sampled_from(("duty_to_inform", "income_decision", "other")),
    "status": st.sampled_from(("open", "closed")),
    "result": st.none() | st.sampled_from(("no_action", "corrected", "explained", "warning", "fine_investigation")),
    "result_reason": st.none() | st.just("Reden."),
    "culpable": st.none() | st.booleans(),
    "letter_sent_on": maybe_days,
    "closed_on": maybe_days,
    "call_impossible_reason": st.none() | st.just("Geen nummer."),
})
attempt_fields = st.fixed_dictionaries({
    "attempted_at": st.builds(at, st.integers(0, 20), st.integers(8, 17), st.sampled_from((0, 1, 30))),
    "reached": st.booleans(),
})
absence_fields = st.fixed_dictionaries({}, optional={
    "notified": st.booleans(),
    "door_visit_on": maybe_days,
    "circumstances": st.none() | st.just(COMPLETE),
    "sanction_considered_on": maybe_days,
    "hearing_offered_on": maybe_days,
    "hearing_deadline": maybe_days,
    "hearing_outcome": st.none() | st.sampled_from(("heard", "written_view", "no_response")),
    "hearing_client_view": st.none() | st.just("Mijn kant."),
    "sanction_decision": st.none() | st.sampled_from(("sanction", "no_sanction")),
    "sanction_percentage": st.none() | st.sampled_from((30, 100, 150)),
    "sanction_months": st.none() | st.sampled_from((1, 3, 6)),
    "decision_reason": st.none() | st.just("Reden."),
    "closed_on": maybe_days,
    "explained_by_circumstances": st.booleans(),
    "link_conversation": st.booleans(),
})
werknl_fields = st.fixed_dictionaries({}, optional={
    "werknl_registered_on": maybe_days,
    "werknl_letter_sent_on": maybe_days,
    "werknl_phoned_on": maybe_days,
    "werknl_called_back_on": maybe_days,
    "werknl_binding_decision_on": maybe_days,
    "werknl_binding_deadline": maybe_days,
    "werknl_hearing_offered_on": maybe_days,
    "werknl_sanction_on": maybe_days,
    "werknl_sanction_percentage": st.none() | st.sampled_from((30, 50)),
    "werknl_exemption_decision": st.none() | st.sampled_from(("granted", "refused")),
    "werknl_exemption_requested_by": st.none() | st.just("dochter"),
    "werknl_exemption_reason": st.none() | st.just("Ziek."),
})
conversation_fields = st.fixed_dictionaries({
    "held_at": st.builds(at, st.integers(0, 20), st.just(10), st.just(0)),
    "planned": st.booleans(),
})

ops = st.one_of(
    st.tuples(st.just("signal"), st.integers(0, 1), signal_fields),
    st.tuples(st.just("call_attempt"), st.integers(0, 1), attempt_fields),
    st.tuples(st.just("withdraw"), st.integers(0, 5), st.just({})),
    st.tuples(st.just("absence"), st.integers(0, 1), absence_fields),
    st.tuples(st.just("conversation"), st.integers(0, 1), conversation_fields),
    st.tuples(st.just("werknl"), st.just(0), werknl_fields),
)
batches = st.lists(st.lists(ops, min_size=1, max_size=4), min_size=1, max_size=6)


class World:
    """One client's rows on the central store; a fixed pair of signal/absence ids, so updates hit them."""

    def __init__(self, dev: Any) -> None:
        self.dev = dev
        self.client_id = str(uuid.uuid4())
        res = dev.push(dev.mut("client", self.client_id, first_name="A", last_name="B", bsn="123456782",
                               coach_id=dev.user_id))
        assert res["results"][0]["status"] == "applied"
        self.signals = [str(uuid.uuid4()), str(uuid.uuid4())]
        self.absences = [str(uuid.uuid4()), str(uuid.uuid4())]
        self.conversations = [str(uuid.uuid4()), str(uuid.uuid4())]
        self.attempts: list[str] = []
        self.exists: set[str] = set()

    def mutation(self, kind: str, index: int, fields: dict[str, Any]) -> dict[str, Any]:
        dev = self.dev
        if kind == "withdraw":
            if not self.attempts:
                return dev.mut("signal", self.signals[0], "update", base=1, description="x")
            row = self.attempts[index % len(self.attempts)]
            return dev.mut("call_attempt", row, "update", base=1, deleted_at=sync_clock.utcnow().isoformat())
        if kind == "werknl":
            return dev.mut("client", self.client_id, "update", base=1, **(fields or {"city": "Rotterdam"}))
        if kind == "call_attempt":
            row = str(uuid.uuid4())
            self.attempts.append(row)
            return dev.mut("call_attempt", row, signal_id=self.signals[index], client_id=self.client_id,
                           by_user_id=dev.user_id, note="", **fields)
        rows = {"signal": self.signals, "absence": self.absences, "conversation": self.conversations}[kind]
        row = rows[index]
        fields = dict(fields)
        if kind == "absence" and fields.pop("link_conversation", False):
            fields["followup_conversation_id"] = self.conversations[index]
        if row in self.exists:
            return dev.mut(kind, row, "update", base=1, **fields)
        self.exists.add(row)
        base = {"signal": {"kind": "duty_to_inform", "description": "x", "signalled_on": day(0), "status": "open"},
                "absence": {"activity": "Training", "missed_on": day(0), "notified": False},
                "conversation": {"kind": "progress", "channel": "in_person", "summary_for_client": "",
                                 "internal_notes": ""}}[kind]
        return dev.mut(kind, row, client_id=self.client_id, **{**base, **fields})


def run_sequence(central: Any, dev: Any, sequence: list[list[tuple[str, int, dict[str, Any]]]]) -> None:
    world = World(dev)
    for batch in sequence:
        body = dev.push(*[world.mutation(kind, index, fields) for kind, index, fields in batch])
        # A row whose insert was rejected does not exist: the next mutation of it inserts again.
        for res in body["results"]:
            assert res["status"] in ("applied", "rejected", "conflict")
        stored = {r[0] for r in central.rows("SELECT row_id FROM record WHERE client_id=:c", c=world.client_id)}
        world.exists &= stored
        world.attempts = [a for a in world.attempts if a in stored]
    with central.store.read() as conn:
        found = [f for f in stored_findings(conn) if f.client_id == world.client_id]
    assert found == [], found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(sequence=batches)
def test_no_push_sequence_leaves_a_forbidden_state(central, sequence):
    dev = getattr(central, "_policy_device", None)
    if dev is None:
        dev = central._policy_device = central.device("anna")
    run_sequence(central, dev, sequence)


def test_the_legitimate_path_is_applied_in_one_batch(central):
    """The same machinery accepts a whole legitimate case pushed in one batch (a desktop back online)."""
    dev = central.device("anna")
    w = World(dev)
    sequence = [[("signal", 0, {}), ("call_attempt", 0, {"attempted_at": at(1, 9, 0), "reached": False}),
                 ("call_attempt", 0, {"attempted_at": at(1, 15, 0), "reached": False}),
                 ("call_attempt", 0, {"attempted_at": at(2, 9, 0), "reached": False})],
                [("signal", 0, {"letter_sent_on": day(3)}),
                 ("signal", 0, {"status": "closed", "result": "fine_investigation", "result_reason": "Reden.",
                                "closed_on": sync_clock.today().isoformat()})]]
    for batch in sequence:
        body = dev.push(*[w.mutation(k, i, f) for k, i, f in batch])
        assert body["rejected"] == 0, body
