import re
from datetime import datetime

import pytest
from sqlalchemy import func, select
from testclock import day

from desktop.models.entities import Agreement, AuditEvent, Client, Conversation, OutboxMutation, Team, User
from desktop.models.outbox import get_setting
from desktop.services.caseload import CaseloadService, add_months, validate_client
from desktop.services.demo_data import generate, generate_caseload
from desktop.services.errors import NotAllowed
from desktop.services.validation import bsn_checksum_ok

POSTCODE = re.compile(r"^(30|31)\d\d [A-Z]{2}$")


@pytest.fixture
def demo(store, actor):
    stats = generate(store.db, actor, 40, seed=7)
    return stats


def _clients(store):
    with store.db.session() as s:
        return list(s.scalars(select(Client)))


def test_every_client_is_valid_and_in_rotterdam(store, actor, demo):
    clients = _clients(store)
    assert len(clients) == demo.clients == 40
    bsns = [c.bsn for c in clients]
    assert len(set(bsns)) == len(bsns)
    for c in clients:
        assert bsn_checksum_ok(c.bsn), c.bsn
        assert POSTCODE.match(c.postcode), c.postcode
        assert c.city == "Rotterdam" and c.street
        assert re.fullmatch(r"06-\d{8}", c.phone or "06-12345678")
        age = (day(0) - c.date_of_birth).days / 365.25
        assert 18 <= age < 67
        assert c.coach_id == actor.user_id
        # the service's own validation accepts every generated client
        validate_client({k: getattr(c, k) for k in (
            "bsn", "first_name", "name_prefix", "last_name", "date_of_birth", "phone", "email", "street",
            "house_number", "house_number_suffix", "postcode", "city", "preferred_language", "benefit_status",
            "benefit_start", "benefit_end", "aftercare_until")}, day(0))


def test_names_are_diverse(store, actor):
    generate(store.db, actor, 150, seed=3)
    clients = _clients(store)
    assert any(c.name_prefix for c in clients)
    assert all(c.name_prefix is None or c.name_prefix == c.name_prefix.lower() for c in clients)
    names = " ".join(f"{c.first_name} {c.last_name}" for c in clients)
    assert sum(not ch.isascii() for ch in names) > 10
    assert len({c.last_name for c in clients}) > 60
    assert {c.preferred_language for c in clients} == {"nl", "en"}
    statuses = {c.benefit_status for c in clients}
    assert statuses == {"active", "applicant", "ended"}
    ended = [c for c in clients if c.benefit_status == "ended"]
    assert any(c.aftercare_until > day(0) for c in ended) and any(c.aftercare_until < day(0) for c in ended)


def test_same_seed_same_caseload(tmp_path, actor):
    from desktop.paths import Paths
    from desktop.store import open_store

    names = []
    for name in ("a", "b"):
        st = open_store(Paths.resolve(tmp_path / name))
        try:
            generate_caseload(st.db, actor, 15, seed=42)
            with st.db.session() as s:
                names.append(s.execute(select(Client.bsn, Client.first_name, Client.name_prefix, Client.last_name,
                                              Client.date_of_birth).order_by(Client.bsn)).all())
        finally:
            st.close()
    assert names[0] == names[1] and len(names[0]) == 15


def test_history_conversations_and_agreements(store, actor, demo):
    with store.db.session() as s:
        per_client = dict(s.execute(select(Conversation.client_id, func.count())
                                    .where(Conversation.planned.is_(False)).group_by(Conversation.client_id)).all())
        assert len(per_client) == 40 and min(per_client.values()) >= 3 and max(per_client.values()) <= 30
        convs = s.scalars(select(Conversation)).all()
        assert {c.kind for c in convs} >= {"intake", "progress", "phone", "review", "home_visit", "evaluation"}
        planned = [c for c in convs if c.planned]
        assert planned and all(c.held_at.date() > day(0) for c in planned)
        assert all(c.summary_for_client for c in convs if not c.planned)
        assert all(c.held_at.weekday() < 5 for c in convs)
        assert any(c.next_meeting_at and c.next_meeting_at > datetime.combine(day(0), datetime.min.time())
                   for c in convs)
        agreements = s.scalars(select(Agreement)).all()
        assert {a.party for a in agreements} == {"client", "coach", "specialist"}
        assert {a.status for a in agreements} == {"open", "done", "missed", "cancelled"}
        assert all(a.status_date for a in agreements if a.status != "open")
        assert any(a.status == "open" and a.due_date < day(0) for a in agreements)  # overdue
        assert any(a.shared_with_specialists for a in agreements)
        assert all(a.specialist_id for a in agreements if a.party == "specialist")
    rows = CaseloadService(store.db, actor).list_clients()
    assert any(r.overdue_agreements for r in rows)


def test_people_team_outbox_audit_and_marker(store, actor, demo):
    with store.db.session() as s:
        specialists = s.scalars(select(User).where(User.role == "specialist")).all()
        assert len(specialists) >= 4 and {"Rotterdam Inclusief", "Jongerenloket"} <= {u.organisation for u in specialists}
        me = s.get(User, actor.user_id)
        assert me.phone and me.email and me.reachable and me.team_id
        assert s.get(Team, me.team_id).name.startswith("Wijkteam")
        pending = s.scalar(select(func.count()).select_from(OutboxMutation).where(OutboxMutation.state == "pending"))
        domain = sum(s.scalar(select(func.count()).select_from(m)) for m in (Client, Conversation, Agreement))
        assert pending >= domain  # every client, conversation and agreement is queued
        queued_clients = s.scalar(select(func.count()).select_from(OutboxMutation)
                                  .where(OutboxMutation.table_name == "client"))
        assert queued_clients == 40
        audits = s.scalars(select(AuditEvent).where(AuditEvent.action == "create")).all()
        assert len(audits) == 40 and {a.purpose for a in audits} == {"demo"}
        assert get_setting(s, "demo") == "1"


def test_second_run_adds_without_duplicates(store, actor, demo):
    generate(store.db, actor, 10, seed=7)  # same seed: BSNs already used are skipped
    bsns = [c.bsn for c in _clients(store)]
    assert len(bsns) == 50 == len(set(bsns))
    with store.db.session() as s:
        assert s.scalar(select(func.count()).select_from(User).where(User.role == "specialist")) == 6


def test_refuses_to_mix_with_real_clients(store, actor):
    CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Jan", "last_name": "Berg"})
    with pytest.raises(NotAllowed):
        generate_caseload(store.db, actor, 5, seed=1)
    assert len(_clients(store)) == 1


def test_ages_use_actor_today(store, actor):
    generate_caseload(store.db, actor, 5, seed=1)
    assert all(c.date_of_birth < add_months(day(0), -18 * 12) for c in _clients(store))


def test_every_row_of_a_client_table_names_its_client(store, demo):
    """The central store scopes (and accepts) a client's rows by their client_id: none may lack it."""
    from desktop.models.entities import TABLES
    from sync.protocol import CLIENT_TABLES

    with store.db.session() as s:
        counts = {t: s.scalar(select(func.count()).select_from(TABLES[t]).where(TABLES[t].client_id.is_(None)))
                  for t in CLIENT_TABLES if t in TABLES}
        attempts = s.scalar(select(func.count()).select_from(TABLES["call_attempt"]))
    assert attempts > 0 and counts == dict.fromkeys(counts, 0)


def test_demo_exercises_aftercare_exemption_and_contact_rhythm(store, actor):
    """Issue 17: restarts, whether the work lasted, exemptions with a first day, contact rhythms, all within the
    client rules (sync/policy/clients.py)."""
    from desktop.services.client_rules import client_row
    from sync.policy.clients import judge_client_state

    generate(store.db, actor, 200, seed=5)
    clients = _clients(store)
    assert all(judge_client_state(client_row(c), day(0)) == [] for c in clients)
    assert any(c.benefit_restarted_on for c in clients)
    assert {c.aftercare_outcome for c in clients} >= {"lasted", "not_lasted"}
    assert any(c.work_duty_exemption_from for c in clients)
    assert {c.contact_every_weeks for c in clients} >= {None, 2}
    assert any(c.reexamination_selected_on and c.reexamination_reason for c in clients)
    assert any(c.aftercare_satisfaction for c in clients)
    assert "admitted" in {c.approach_decision for c in clients if c.approach_proposed_on}
    from desktop.models.entities import Referral
    from sync.policy.referrals import judge_referral

    with store.db.session() as s:
        referrals = list(s.scalars(select(Referral)))
    assert {r.referred_to for r in referrals} == {"wijkteam", "vraagwijzer"}
    assert any(r.followed_up_on for r in referrals) and any(r.followed_up_on is None for r in referrals)
    assert all(judge_referral({k: getattr(r, k) for k in ("referred_to", "reason", "referred_on", "follow_up_on",
                                                         "followed_up_on", "follow_up_note")}) == []
               for r in referrals)
    with store.db.session() as s:
        folders = set(s.scalars(select(Conversation.rights_folder)))
        assert folders >= {"handed_over", "discussed"}
        assert s.scalar(select(func.count()).where(Conversation.duty_to_inform_discussed.is_(True),
                                                   Conversation.planned.is_(True))) == 0


def test_demo_exercises_the_absence_approach(store, actor):
    """Issue 17 point 1 (seed 004): a group of admitted clients with sessions, attendance, a no-show that opened an
    absence and a door visit, all within the rules both sides apply (sync/policy/absence_approach.py)."""
    from desktop.models.entities import Absence, ApproachAttendance, ApproachGroup, ApproachSession
    from desktop.services.approach_groups import ApproachGroupService
    from sync.policy.absence_approach import GROUP_SIZE, judge_attendance, judge_group, judge_session

    generate(store.db, actor, 40, seed=3)
    with store.db.session() as s:
        groups = list(s.scalars(select(ApproachGroup)))
        sessions = list(s.scalars(select(ApproachSession)))
        marks = list(s.scalars(select(ApproachAttendance)))
        clients = {c.id: c for c in s.scalars(select(Client))}
        assert groups and all(judge_group(vars(g)) == [] for g in groups)
        assert len(sessions) >= 2 and all(judge_session(vars(x)) == [] for x in sessions)
        assert all(judge_attendance(vars(m), {"approach_decision": clients[m.client_id].approach_decision}) == []
                   for m in marks)
        no_shows = [m for m in marks if m.status == "no_show"]
        assert no_shows and {"present", "no_show"} <= {m.status for m in marks}
        visits = [s.get(Absence, m.absence_id) for m in no_shows]
        assert any(a.door_visit_on for a in visits) and not any(a.notified for a in visits)
    lead = ApproachGroupService(store.db, actor)
    [g, *_] = lead.groups()
    assert 0 < g.figures.participants <= GROUP_SIZE[1] and g.figures.no_shows and g.figures.door_visits
