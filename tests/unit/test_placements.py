"""Profile, placements from a match, completion with ratings and re-assessment, effectiveness, and what a
specialist may see."""

from __future__ import annotations

from dataclasses import fields

import pytest
from sqlalchemy import func, select
from testclock import day

from desktop.models.entities import AuditEvent, OutboxMutation, User
from desktop.services.caseload import CaseloadService
from desktop.services.catalogue import load_demo_catalogue
from desktop.services.context import Actor
from desktop.services.effectiveness import EffectivenessService
from desktop.services.errors import NotAllowed, ValidationError
from desktop.services.placements import PlacementService, SpecialistPlacement, SpecialistService
from desktop.services.profile import ProfileService
from desktop.services.taxonomy import TaxonomyService, load_defaults, stable_id


@pytest.fixture
def catalogue(store):
    load_demo_catalogue(store.db)


@pytest.fixture
def client_id(store, actor, catalogue):
    return CaseloadService(store.db, actor).create({
        "bsn": "111222333", "first_name": "Fatima", "last_name": "El Amrani", "date_of_birth": "1985-06-15",
        "phone": "06 12345678", "email": "fatima@example.nl"}).id


@pytest.fixture
def specialist(store):
    with store.db.session() as s:
        u = User(username="rik", display_name="Rik de Jobcoach", role="specialist", organisation="Rotterdam Inclusief")
        s.add(u)
        s.flush()
        return u.id


def assess(store, actor, client_id, code, level, target=None, on=None, **kw):
    data = {"taxonomy_code": code, "level": level, "assessed_on": on or day(-86).isoformat(), **kw}
    if target is not None:
        data["target_level"] = target
    return ProfileService(store.db, actor).assess(client_id, data)


def test_defaults_load_once_with_stable_ids_and_are_not_queued(store, catalogue):
    assert load_defaults(store.db) == 0  # already there
    items = TaxonomyService(store.db).items()
    assert len(items) > 38
    with store.db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMutation)) == 0  # central tables
    assert stable_id("taxonomy", "s.digital") == stable_id("taxonomy", "s.digital")


def test_profile_history_is_append_only_and_target_carries_over(store, actor, client_id):
    assess(store, actor, client_id, "a.work_rhythm", 1, target=4, on=day(-270).isoformat(), source="self")
    assess(store, actor, client_id, "a.work_rhythm", 2, on=day(-178).isoformat(), source="coach")
    assess(store, actor, client_id, "s.teamwork", 4, target=4)
    profile = ProfileService(store.db, actor).profile(client_id)
    item = profile.item("a.work_rhythm")
    assert [e.level for e in item.history] == [1, 2]
    assert item.target == 4 and item.to_work_on()
    assert [a.code for a in profile.development_areas()] == ["a.work_rhythm"]
    assert not profile.item("s.teamwork").to_work_on()


def test_assessment_validation(store, actor, client_id):
    with pytest.raises(ValidationError) as exc:
        ProfileService(store.db, actor).assess(client_id, {"taxonomy_code": "x.unknown", "level": 7,
                                                           "source": "gut", "assessed_on": "2099-01-01"})
    assert set(exc.value.errors) == {"taxonomy_code", "level", "source", "assessed_on"}


def test_match_start_complete_and_effectiveness(store, actor, client_id, specialist):
    assess(store, actor, client_id, "a.work_rhythm", 1, target=4)
    assess(store, actor, client_id, "a.punctuality", 2, target=4)
    assess(store, actor, client_id, "s.applying", 3, target=4)
    assess(store, actor, client_id, "d.logistics", 4)
    service = PlacementService(store.db, actor)
    result = service.matches(client_id)
    best = result.matches[0]
    assert best.instrument.code == "wi.werkfit"  # work rhythm + punctuality: 5 of the 6 gap points
    assert set(best.matched) == {"a.work_rhythm", "a.punctuality"}
    ineligible = {i.instrument.code: i.reasons for i in result.ineligible}
    assert ineligible["jl.startwerk"] == ("too_old",)  # Jongerenloket: up to 27, she is 41
    assert "no_places" in ineligible["wi.zorg_orientatie"]
    assert "inactive" in ineligible["wi.horeca_2019"]

    with pytest.raises(ValidationError) as exc:
        service.start(client_id, best.instrument.id, {"reason": "", "goal_codes": []})
    assert set(exc.value.errors) == {"reason", "goal_codes"}
    p = service.start(client_id, best.instrument.id, {
        "reason": "Ritme opbouwen voor werk in de logistiek.", "goal_codes": list(best.matched),
        "specialist_id": specialist, "start_date": day(-80).isoformat()})
    assert p.status == "proposed" and p.end_date is not None  # planned end from the duration
    # Now running: the same instrument is not offered twice.
    assert "already_placed" in {r for i in service.matches(client_id).ineligible for r in i.reasons}
    with pytest.raises(ValidationError):
        service.complete(p.id, {"outcome": "work"})  # a proposal cannot be completed
    service.activate(p.id)
    with pytest.raises(ValidationError) as exc:
        service.complete(p.id, {"outcome": "rich", "rating_client": 9}, {"s.digital": 3})
    assert set(exc.value.errors) == {"outcome", "rating_client", "reassessment.s.digital"}
    done = service.complete(p.id, {"outcome": "work", "rating_client": 4, "rating_supervisor": 5,
                                   "rating_employer": 3, "end_date": day(-6).isoformat()},
                            {"a.work_rhythm": 3, "a.punctuality": 4})
    assert done.status == "completed"
    dev = {g.code: (g.before, g.after, g.change) for g in done.development}
    assert dev == {"a.work_rhythm": (1, 3, 2), "a.punctuality": (2, 4, 2)}
    profile = ProfileService(store.db, actor).profile(client_id)
    assert profile.item("a.work_rhythm").latest.level == 3
    assert profile.item("a.work_rhythm").latest.placement_id == p.id
    assert profile.item("a.work_rhythm").target == 4  # target carried over

    figures = {f.code: f for f in EffectivenessService(store.db, actor).per_instrument()}
    f = figures["wi.werkfit"]
    assert (f.placements, f.completed, f.completion_rate, f.outcomes["work"]) == (1, 1, 1.0, 1)
    assert f.mean_ratings == {"rating_client": 4, "rating_supervisor": 5, "rating_employer": 3}
    assert f.mean_development == 2.0


def test_stop_records_reason_and_counts_against_completion(store, actor, client_id):
    assess(store, actor, client_id, "s.applying", 1, target=4)
    service = PlacementService(store.db, actor)
    m = service.matches(client_id).matches[0]
    p = service.start(client_id, m.instrument.id, {"reason": "Solliciteren oefenen", "goal_codes": "s.applying",
                                                   "status": "active", "start_date": day(-56).isoformat()})
    with pytest.raises(ValidationError):
        service.stop(p.id, "")
    stopped = service.stop(p.id, "Verhuisd naar Schiedam", end_date=day(-25).isoformat())
    assert stopped.status == "stopped" and "Gestopt: Verhuisd naar Schiedam" in stopped.progress_notes
    f = next(x for x in EffectivenessService(store.db, actor).per_instrument() if x.instrument_id == m.instrument.id)
    assert (f.completed, f.stopped, f.completion_rate) == (0, 1, 0.0)


def test_changes_are_audited_and_queued(store, actor, client_id):
    assess(store, actor, client_id, "s.applying", 1, target=4)
    service = PlacementService(store.db, actor)
    m = service.matches(client_id).matches[0]
    service.start(client_id, m.instrument.id, {"reason": "r", "goal_codes": "s.applying"})
    with store.db.session() as s:
        events = {(e.action, e.entity) for e in s.scalars(select(AuditEvent).where(AuditEvent.client_id == client_id))}
        tables = set(s.scalars(select(OutboxMutation.table_name)))
    assert {("create", "profile_entry"), ("view", "profile"), ("create", "placement")} <= events
    assert {"profile_entry", "placement"} <= tables
    assert "instrument" not in tables and "taxonomy_item" not in tables


def test_specialist_sees_only_own_placements_and_only_shared_fields(store, actor, client_id, specialist):
    other_client = CaseloadService(store.db, actor).create({
        "bsn": "123456782", "first_name": "Jan", "last_name": "Berg", "date_of_birth": "1980-01-01"}).id
    assess(store, actor, client_id, "a.work_rhythm", 1, target=4)
    assess(store, actor, other_client, "a.work_rhythm", 1, target=4)
    service = PlacementService(store.db, actor)
    werkfit = next(m for m in service.matches(client_id).matches if m.instrument.code == "wi.werkfit")
    mine = service.start(client_id, werkfit.instrument.id, {
        "reason": "Ritme opbouwen", "goal_codes": "a.work_rhythm", "specialist_id": specialist, "status": "active"})
    service.start(other_client, werkfit.instrument.id, {"reason": "Niet voor Rik", "goal_codes": "a.work_rhythm"})
    service.add_agreement(mine.id, {"description": "Elke ochtend om 8 uur aanwezig", "party": "client"})
    service.add_agreement(mine.id, {"description": "Intern: schuldhulp loopt", "party": "coach",
                                    "shared_with_specialists": False})

    with pytest.raises(NotAllowed):
        SpecialistService(store.db, actor)  # a coach is not a specialist
    rik = Actor(specialist, "rik", actor.device_id, "specialist")
    view = SpecialistService(store.db, rik)
    placements = view.my_placements()
    assert len(placements) == 1
    p = placements[0]
    assert (p.client_name, p.client_phone, p.client_email) == ("Fatima El Amrani", "06 12345678",
                                                               "fatima@example.nl")
    assert p.reason == "Ritme opbouwen" and p.goal_labels == ("Werkritme",)
    assert [a.description for a in p.agreements] == ["Elke ochtend om 8 uur aanwezig"]
    names = {f.name for f in fields(SpecialistPlacement)}
    assert not names & {"bsn", "client_id", "date_of_birth", "internal_notes", "address", "street"}

    updated = view.record_progress(p.id, "Eerste week: elke dag op tijd.")
    assert "Eerste week" in updated.progress_notes and "(rik)" in updated.progress_notes
    assert view.record_evaluation(p.id, "Goede start.").specialist_evaluation == "Goede start."
    other_placement = service.list_for_client(other_client)[0]
    with pytest.raises(NotAllowed):
        view.record_progress(other_placement.id, "mag niet")
    with pytest.raises(NotAllowed):
        PlacementService(store.db, rik).list_for_client(client_id)
    with pytest.raises(NotAllowed):
        ProfileService(store.db, rik).profile(client_id)
    with store.db.session() as s:
        purposes = set(s.scalars(select(AuditEvent.purpose).where(AuditEvent.username == "rik")))
    assert purposes == {"specialist"}
