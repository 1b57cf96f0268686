"""One table of policy cases (sync/policy), run against the desktop's services and the central store's push
(SQLite and PostgreSQL): the desktop refuses the decisive step before saving, the central store rejects the
same step when a tampering desktop pushes it anyway, with the same reason; the legitimate path is applied.

Dates are relative to the frozen clock's today (day 14 of a case is today)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from desktop.services.absences import AbsenceService
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.signals import SignalService
from sync import clock as sync_clock
from sync.policy.reasons import localise_reason

BSN = "123456782"


def day(n: int) -> date:
    return sync_clock.today() - timedelta(days=14 - n)


def moment(n: int, hour: int, minute: int = 0) -> datetime:
    d = day(n)
    return datetime(d.year, d.month, d.day, hour, minute)


@dataclass(frozen=True)
class SignalCase:
    name: str
    attempts: tuple[tuple[int, int, int, bool], ...]  # (day, hour, minute, reached)
    letter: int | None
    culpable: bool | None
    result: str
    ok: bool
    kind: str = "duty_to_inform"
    impossible: str | None = None


TENZIJ = ((1, 9, 0, False), (1, 15, 0, False), (2, 10, 0, False))
SIGNAL_CASES = [
    SignalCase("fine without contact", (), None, None, "fine_investigation", False),
    SignalCase("warning without contact", (), None, None, "warning", False),
    SignalCase("tenzij attempts on one day", ((1, 9, 0, False), (1, 12, 0, False), (1, 16, 0, False)), 2, None,
               "fine_investigation", False),
    SignalCase("tenzij attempts within an hour", ((1, 9, 0, False), (1, 9, 30, False), (2, 9, 0, False)), 2, None,
               "warning", False),
    SignalCase("letter dated before the attempts", TENZIJ, 1, None, "fine_investigation", False),
    SignalCase("blame before the waiting period ends", TENZIJ, 14, None, "fine_investigation", False),
    SignalCase("the tenzij route", TENZIJ, 3, None, "fine_investigation", True),
    SignalCase("reached and culpable", ((1, 9, 0, True),), None, True, "warning", True),
    SignalCase("reached and not culpable", ((1, 9, 0, True),), None, False, "warning", False),
    SignalCase("reached, not judged", ((1, 9, 0, True),), None, None, "fine_investigation", False),
    SignalCase("no blame after a correction", (), None, None, "corrected", True),
    SignalCase("income decision blamed", ((1, 9, 0, True),), None, None, "warning", False, "income_decision"),
    SignalCase("income decision without a call", (), None, None, "explained", False, "income_decision"),
    SignalCase("income decision explained by phone", ((1, 9, 0, True),), None, None, "explained", True,
               "income_decision"),
    SignalCase("income decision, calling impossible", ((1, 9, 0, False),), None, None, "explained", True,
               "income_decision", "Geen telefoonnummer bekend."),
    SignalCase("income decision not reached, no reason", ((1, 9, 0, False),), None, None, "explained", False,
               "income_decision"),
]


NOTHING = {k: {"answer": "no", "note": ""} for k in ("children", "debts", "housing", "health")}
LADDER = ("visit", "talk", "circumstances", "consider", "hearing", "outcome")


@dataclass(frozen=True)
class AbsenceCase:
    name: str
    steps: tuple[str, ...]
    decision: str
    ok: bool
    percentage: int | None = 30
    months: int | None = 1
    hearing_day: int = 6
    notified: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


ABSENCE_CASES = [
    AbsenceCase("sanction without door visit", ("talk",), "sanction", False),
    AbsenceCase("sanction without conversation", ("visit",), "sanction", False),
    AbsenceCase("sanction without circumstances check or consideration", ("visit", "talk"), "sanction", False),
    AbsenceCase("sanction without hearing", LADDER[:4], "sanction", False),
    AbsenceCase("sanction before the hearing deadline", LADDER[:5], "sanction", False, hearing_day=14),
    AbsenceCase("sanction after the deadline passed", LADDER[:5], "sanction", True),
    AbsenceCase("sanction after the hearing", LADDER, "sanction", True, hearing_day=14),
    AbsenceCase("sanction above the bounds", LADDER, "sanction", False, percentage=100, months=4),
    AbsenceCase("no sanction after consideration", LADDER[:4], "no_sanction", True),
    AbsenceCase("no sanction without consideration", ("visit", "talk"), "no_sanction", False),
]


# -- the desktop --------------------------------------------------------------------------------------

@pytest.fixture
def desk_client(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": BSN, "first_name": "Ayşe", "last_name": "Çelik"})


@pytest.mark.parametrize("case", SIGNAL_CASES, ids=lambda c: c.name)
def test_signal_case_on_the_desktop(store, actor, desk_client, case):
    svc = SignalService(store.db, actor)
    sig = svc.create(desk_client.id, {"kind": case.kind, "description": "Signaal", "signalled_on": day(0)})
    for n, h, m, reached in case.attempts:
        svc.log_attempt(sig.id, reached, at=moment(n, h, m))
    if case.letter is not None:
        svc.mark_letter_sent(sig.id, day(case.letter))
    if case.culpable is not None:
        svc.judge(sig.id, case.culpable)
    if case.ok:
        assert svc.close(sig.id, case.result, "De reden van dit resultaat.", case.impossible).status == "closed"
    else:
        with pytest.raises(ValidationError) as err:
            svc.close(sig.id, case.result, "De reden van dit resultaat.", case.impossible)
        assert err.value.errors["result"]
        assert svc.get(sig.id).status == "open"


def desktop_absence(svc: AbsenceService, client_id: str, case: AbsenceCase) -> str:
    a = svc.record(client_id, {"activity": "Training", "missed_on": day(0), "notified": case.notified})
    for step in case.steps:
        if step == "visit":
            svc.record_door_visit(a.id, day(1), "Niemand thuis.")
        elif step == "talk":
            svc.record_conversation(a.id, {"held_at": moment(3, 10)})
        elif step == "circumstances":
            svc.check_circumstances(a.id, NOTHING)
        elif step == "consider":
            svc.consider_sanction(a.id, day(4))
        elif step == "hearing":
            svc.offer_hearing(a.id, day(case.hearing_day))
        elif step == "outcome":
            svc.record_hearing_outcome(a.id, "heard", "Vergeten.", on=day(14))
    return a.id


@pytest.mark.parametrize("case", ABSENCE_CASES, ids=lambda c: c.name)
def test_absence_case_on_the_desktop(store, actor, desk_client, case):
    svc = AbsenceService(store.db, actor)
    try:
        absence_id = desktop_absence(svc, desk_client.id, case)
    except ValidationError:
        # The desktop already refuses an earlier step of a forbidden path (the conversation before the visit).
        assert not case.ok
        return
    if case.ok:
        assert not svc.decide(absence_id, case.decision, "Reden van het besluit.", case.percentage,
                              case.months).is_open
    else:
        with pytest.raises(ValidationError):
            svc.decide(absence_id, case.decision, "Reden van het besluit.", case.percentage, case.months)
        assert svc.get(absence_id).is_open


# -- the central store --------------------------------------------------------------------------------

class Forger:
    """Pushes what a desktop would, without any of its checks."""

    def __init__(self, dev: Any) -> None:
        self.dev = dev
        cid = str(uuid.uuid4())
        body = dev.push(dev.mut("client", cid, first_name="Ayşe", last_name="Çelik", bsn=BSN, coach_id=dev.user_id))
        assert body["results"][0]["status"] == "applied"
        self.client_id = cid

    def insert(self, table: str, **fields: Any) -> tuple[str, dict[str, Any]]:
        row_id = str(uuid.uuid4())
        res = self.dev.push(self.dev.mut(table, row_id, client_id=self.client_id, **fields))["results"][0]
        return row_id, res

    def update(self, table: str, row_id: str, **fields: Any) -> dict[str, Any]:
        return self.dev.push(self.dev.mut(table, row_id, "update", base=1, **fields))["results"][0]


def iso(value: date | datetime) -> str:
    return value.isoformat()


@pytest.mark.parametrize("case", SIGNAL_CASES, ids=lambda c: c.name)
def test_signal_case_on_the_central_store(central, store, actor, desk_client, case):
    f = Forger(central.device("anna"))
    sid, res = f.insert("signal", kind=case.kind, description="Signaal", signalled_on=iso(day(0)), status="open")
    assert res["status"] == "applied"
    for n, h, m, reached in case.attempts:
        _id, res = f.insert("call_attempt", signal_id=sid, attempted_at=iso(moment(n, h, m)), reached=reached,
                            by_user_id=f.dev.user_id, note="")
        assert res["status"] == "applied", res
    if case.letter is not None:
        assert f.update("signal", sid, letter_sent_on=iso(day(case.letter)))["status"] == "applied"
    if case.culpable is not None:
        assert f.update("signal", sid, culpable=case.culpable)["status"] == "applied"
    res = f.update("signal", sid, status="closed", result=case.result, result_reason="De reden van dit resultaat.",
                   closed_on=iso(sync_clock.today()), call_impossible_reason=case.impossible)
    assert res["status"] == ("applied" if case.ok else "rejected"), res
    if not case.ok:
        # The same reason as the desktop gives before saving (the desktop's option text for this result).
        svc = SignalService(store.db, actor)
        sig = svc.create(desk_client.id, {"kind": case.kind, "description": "Signaal", "signalled_on": day(0)})
        for n, h, m, reached in case.attempts:
            svc.log_attempt(sig.id, reached, at=moment(n, h, m))
        if case.letter is not None:
            svc.mark_letter_sent(sig.id, day(case.letter))
        if case.culpable is not None:
            svc.judge(sig.id, case.culpable)
        desk = next(o for o in svc.allowed_results(sig.id) if o.result == case.result)
        assert localise_reason(res["reason"]) == desk.reason
        stored = json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=sid))
        assert stored["status"] == "open" and stored["result"] is None


@pytest.mark.parametrize("case", ABSENCE_CASES, ids=lambda c: c.name)
def test_absence_case_on_the_central_store(central, case):
    f = Forger(central.device("anna"))
    aid, res = f.insert("absence", activity="Training", missed_on=iso(day(0)), notified=case.notified,
                        explained_by_circumstances=False)
    assert res["status"] == "applied"
    statuses = []
    for step in case.steps:
        if step == "visit":
            statuses.append(f.update("absence", aid, door_visit_on=iso(day(1)), door_visit_findings="Niemand thuis."))
        elif step == "talk":
            conv, res = f.insert("conversation", kind="progress", channel="in_person", held_at=iso(moment(3, 10)),
                                 planned=False, summary_for_client="", internal_notes="")
            statuses.append(res)
            statuses.append(f.update("absence", aid, followup_conversation_id=conv))
        elif step == "circumstances":
            statuses.append(f.update("absence", aid, circumstances=json.dumps(NOTHING)))
        elif step == "consider":
            statuses.append(f.update("absence", aid, sanction_considered_on=iso(day(4))))
        elif step == "hearing":
            hd = day(case.hearing_day)
            statuses.append(f.update("absence", aid, hearing_offered_on=iso(hd),
                                     hearing_deadline=iso(sync_clock.add_working_days(hd, 5))))
        elif step == "outcome":
            statuses.append(f.update("absence", aid, hearing_outcome="heard", hearing_outcome_on=iso(day(14)),
                                     hearing_client_view="Vergeten."))
    if any(s["status"] != "applied" for s in statuses):
        assert not case.ok  # the store refused an earlier step already, as the desktop does
        return
    res = f.update("absence", aid, sanction_decision=case.decision, sanction_percentage=case.percentage,
                   sanction_months=case.months, decision_reason="Reden van het besluit.",
                   closed_on=iso(sync_clock.today()))
    assert res["status"] == ("applied" if case.ok else "rejected"), res
    if not case.ok:
        assert res["reason"] and "[policy:" in res["reason"]


# -- forged in one push ---------------------------------------------------------------------------------

def test_forged_closed_fine_and_sanction_in_one_insert_are_rejected(central):
    """The issue's reproduction: a closed signal with a fine investigation and no call attempt at all, and an
    absence closed with a 100 %, 3-month sanction with no door visit, conversation or hearing."""
    f = Forger(central.device("anna"))
    today = iso(sync_clock.today())
    _sid, res = f.insert("signal", kind="duty_to_inform", description="x", signalled_on=iso(day(0)),
                         status="closed", result="fine_investigation", result_reason="Boete", closed_on=today)
    assert res["status"] == "rejected" and res["reason"].startswith("Geen boete, tenzij…: bel eerst.")
    _aid, res = f.insert("absence", activity="Training", missed_on=iso(day(0)), notified=False,
                         sanction_decision="sanction", sanction_percentage=100, sanction_months=3,
                         decision_reason="Maatregel", closed_on=today)
    assert res["status"] == "rejected" and "Een maatregel kan pas na" in res["reason"]
    assert central.scalar("SELECT count(*) FROM record WHERE table_name IN ('signal', 'absence')") == 0


def test_removing_the_contact_behind_a_fine_is_rejected(central):
    """A call attempt cannot be withdrawn late, nor deleted from under a closed fine investigation."""
    f = Forger(central.device("anna"))
    sid, _ = f.insert("signal", kind="duty_to_inform", description="x", signalled_on=iso(day(0)), status="open")
    att, _ = f.insert("call_attempt", signal_id=sid, attempted_at=iso(moment(1, 9)), reached=True,
                      by_user_id=f.dev.user_id, note="")
    assert f.update("signal", sid, culpable=True)["status"] == "applied"
    assert f.update("signal", sid, status="closed", result="fine_investigation", result_reason="Verwijtbaar.",
                    closed_on=iso(sync_clock.today()))["status"] == "applied"
    res = f.update("call_attempt", att, deleted_at=iso(sync_clock.utcnow()))
    assert res["status"] == "rejected" and "ingetrokken" in res["reason"]


def test_the_desktop_shows_a_refused_policy_change_in_its_own_language(store):
    """The refused list (Synchroniseren ▸ refused) shows the central store's policy reason in Dutch, or in
    English when the desktop runs in English."""
    from desktop.services.sync_review import explain_reason
    from sync.i18n import set_translator
    from sync.policy.reasons import Refusal, wire_reason

    reason = wire_reason([Refusal("tenzij", {"needs": [["letter", {}]]})])
    assert explain_reason(reason) == "Geen boete, tenzij…: bel eerst. Nog nodig: een verstuurde brief."
    english = {"Geen boete, tenzij…: bel eerst. Nog nodig: {what}.": "No fine, unless…: call first. Still "
                                                                       "needed: {what}.",
               "een verstuurde brief": "a letter sent"}
    set_translator(lambda _ctx, text: english.get(text, text))
    try:
        assert explain_reason(reason) == "No fine, unless…: call first. Still needed: a letter sent."
    finally:
        set_translator(None)


def test_werknl_sanction_path_on_the_central_store(central):
    """A forged werk.nl sanction (no binding decision, or before its deadline, or without a hearing) is
    rejected; the legitimate path is applied."""
    f = Forger(central.device("anna"))
    cid = f.client_id

    def upd(**fields: Any) -> dict[str, Any]:
        return f.update("client", cid, **fields)

    res = upd(werknl_sanction_on=iso(day(14)), werknl_sanction_percentage=30)
    assert res["status"] == "rejected" and "Een maatregel voor werk.nl kan pas na" in res["reason"]
    assert upd(werknl_binding_decision_on=iso(day(1)), werknl_binding_deadline=iso(day(15)))["status"] == "rejected"
    assert upd(werknl_letter_sent_on=iso(day(-20)), werknl_phoned_on=iso(day(-18)))["status"] == "applied"
    assert upd(werknl_binding_decision_on=iso(day(-16)), werknl_binding_deadline=iso(day(-2)))["status"] == "applied"
    res = upd(werknl_sanction_on=iso(day(14)), werknl_sanction_percentage=30)
    assert res["status"] == "rejected" and "een uitnodiging om gehoord te worden" in res["reason"]
    assert upd(werknl_hearing_offered_on=iso(day(-10)))["status"] == "applied"
    assert upd(werknl_sanction_on=iso(day(14)), werknl_sanction_percentage=100)["status"] == "rejected"
    assert upd(werknl_sanction_on=iso(day(14)), werknl_sanction_percentage=30)["status"] == "applied"
    # A client's other fields are not judged (and cost no policy query).
    assert upd(phone="0612345678")["status"] == "applied"
