"""werk.nl registration, the monthly UWV list (read back as a spreadsheet would) and team figures."""

import csv
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from testclock import day

from desktop.cli import main
from desktop.models.entities import AuditEvent, Client
from desktop.services.absences import AbsenceService
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.figures import FigureService
from desktop.services.signals import SignalService
from desktop.services.werknl import UWV_COLUMNS, WerknlService, parse_month

BSNS = ["111222333", "123456782", "999990019", "999990020", "999990032"]


def m(offset: int) -> date:
    """A day of last month (offset 0 = its first day): a month that has begun and ended, whatever today is."""
    first = (day(0).replace(day=1) - timedelta(days=1)).replace(day=1)
    return first + timedelta(days=offset)


def next_month() -> str:
    return f"{day(0).replace(day=28) + timedelta(days=4):%Y-%m}"


@pytest.fixture
def people(store, actor):
    svc = CaseloadService(store.db, actor)
    data = [
        ("Jan", "van den", "Berg", "active", None, m(-31).isoformat()),        # registered
        ("Fatima", None, "El Amrani", "active", None, None),               # not registered
        ("=Kees", None, "Jansen", "ended", m(9).isoformat(), "2025-03-01"),  # ended last month, registered
        ("Anna", None, "de Wit", "ended", m(11).isoformat(), None),  # ended last month, never registered
        ("Piet", "de", "Vries", "ended", m(-1).isoformat(), "2024-01-01"),  # ended the month before
    ]
    ids = {}
    for bsn, (first, prefix, last, status, end, reg) in zip(BSNS, data, strict=True):
        d = {"bsn": bsn, "first_name": first, "name_prefix": prefix, "last_name": last, "benefit_status": status,
             "date_of_birth": "1980-05-05", "werknl_registered_on": reg}
        if end:
            d.update(benefit_start="2020-01-01", benefit_end=end)
        ids[last] = svc.create(d).id
    return ids


NOTHING_SPECIAL = {k: {"answer": "no", "note": ""} for k in ("children", "debts", "housing", "health")}


def test_list_of_clients_not_registered(store, actor, people):
    svc = WerknlService(store.db, actor)
    assert [r.display_name for r in svc.registrations()] == ["Fatima El Amrani"]
    svc.register(people["El Amrani"], m(19).isoformat())
    assert svc.registrations() == []
    svc.register(people["Berg"], "2016-11-01")  # ten years ago: still registered (until pension age)
    svc.set_exempt(people["El Amrani"], True)
    rows = {r.display_name: r.status for r in svc.registrations(open_only=False)}
    assert rows == {"Jan van den Berg": "registered", "Fatima El Amrani": "exempt"}
    with store.db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity == "werknl_list"))
        assert s.scalar(select(AuditEvent).where(AuditEvent.purpose == "werk.nl", AuditEvent.action == "update"))


def test_registration_dates_are_checked(store, actor, people):
    svc = WerknlService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        svc.register(people["Berg"], day(5).isoformat())
    assert err.value.errors == {"werknl_registered_on": "De inschrijfdatum ligt in de toekomst."}


def test_letter_and_callback_are_kept(store, actor, people):
    svc = WerknlService(store.db, actor)
    svc.record_letter(people["El Amrani"], m(1).isoformat())
    row = svc.record_callback(people["El Amrani"])
    assert (row.letter_sent_on, row.called_back_on) == (m(1), day(0))


def test_month_is_checked():
    assert parse_month("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_month("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))


def test_uwv_csv_reads_back_in_a_spreadsheet(store, actor, people, tmp_path):
    path = tmp_path / "uwv.csv"
    n = WerknlService(store.db, actor).export_uwv(f"{m(0):%Y-%m}", path)
    assert n == 1  # Kees: ended in November and registered; Anna was never registered, Piet ended in October
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert tuple(rows[0]) == UWV_COLUMNS
    assert rows == [{"bsn": "999990019", "achternaam": "Jansen", "tussenvoegsel": "", "voornaam": "'=Kees",
                     "geboortedatum": "1980-05-05", "einde_uitkering": m(9).isoformat(),
                     "ingeschreven_sinds": "2025-03-01", "reden_afmelding": "uitkering beëindigd",
                     "gemeente": "Rotterdam"}]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with store.db.session() as s:
        exports = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert {(e.entity, e.client_id) for e in exports} == {("uwv_list", None), ("client", people["Jansen"])}


def test_uwv_month_must_have_begun(store, actor, tmp_path):
    with pytest.raises(ValidationError) as err:
        WerknlService(store.db, actor).export_uwv(next_month(), tmp_path / "x.csv")
    assert err.value.errors == {"month": "Deze maand is nog niet begonnen."}
    with pytest.raises(ValidationError) as err:
        WerknlService(store.db, actor).export_uwv("november", tmp_path / "x.csv")
    assert err.value.errors == {"month": "Schrijf de maand als 2026-11 (jaar-maand)."}


def test_export_uwv_command(paths, tmp_path, capsys):
    out = tmp_path / "uwv.csv"
    assert main(["--data-dir", str(paths.data_dir), "export", "uwv", "--month", f"{m(0):%Y-%m}", "-o", str(out)]) == 0
    assert "0 werkzoekenden" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert tuple(next(csv.reader(fh, delimiter=";"))) == UWV_COLUMNS
    assert main(["--data-dir", str(paths.data_dir), "export", "uwv", "--month", "13-2026", "-o", str(out)]) == 1


def test_device_figures_of_the_own_caseload(store, actor, people):
    sig, ab = SignalService(store.db, actor), AbsenceService(store.db, actor)
    a = sig.create(people["Berg"], {"kind": "duty_to_inform", "description": "x", "signalled_on": m(1).isoformat()})
    sig.log_attempt(a.id, True, at=datetime.combine(m(2), time(9, 0)))
    sig.close(a.id, "corrected", "Samen gecorrigeerd.")
    b = sig.create(people["El Amrani"], {"kind": "other", "description": "y", "signalled_on": m(4).isoformat()})
    sig.create(people["Berg"], {"kind": "other", "description": "oud", "signalled_on": m(-57).isoformat()})
    for name, missed in (("Berg", m(1).isoformat()), ("Jansen", m(2).isoformat()), ("Jansen", m(8).isoformat())):
        ab.record(people[name], {"activity": "Training", "missed_on": missed})
    first = ab.list_for_client(people["Berg"])[0]
    ab.record_door_visit(first.id, m(2).isoformat(), "Niemand thuis")
    ab.record_conversation(first.id, {"held_at": datetime.combine(m(3), time(10, 0))})
    ab.check_circumstances(first.id, NOTHING_SPECIAL)
    ab.consider_sanction(first.id, m(4).isoformat())
    ab.offer_hearing(first.id, m(5).isoformat())
    ab.record_hearing_outcome(first.id, "no_response", on=m(15).isoformat())
    ab.decide(first.id, "sanction", "Niet verschenen", percentage=10, months=1)

    f = FigureService(store.db, actor).device_figures(m(0), day(0))  # through today: the decision is taken today
    assert f.signals.by_result == {"no_action": 0, "corrected": 1, "explained": 0, "warning": 0,
                                   "fine_investigation": 0, "open": 1}
    assert (f.signals.total, f.signals.closed, f.signals.without_fine) == (2, 1, 1)
    assert (f.absences.participants, f.absences.outflow, f.absences.considerations, f.absences.sanctions) == \
        (2, 1, 1, 1)
    assert (f.registrations.registered, f.registrations.not_registered, f.registrations.open) == (1, 1, 1)
    assert b.id
    with store.db.session() as s:
        seen = s.scalar(select(AuditEvent).where(AuditEvent.entity == "figures"))
        assert seen is not None and seen.entity_id is None and "eigen caseload" in (seen.purpose or "")
        assert s.scalar(select(Client).where(Client.id == people["Jansen"])).benefit_status == "ended"
    with pytest.raises(ValidationError):
        FigureService(store.db, actor).device_figures(m(29), m(0))
