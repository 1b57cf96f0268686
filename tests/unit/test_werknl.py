"""werk.nl registration, the monthly UWV list (read back as a spreadsheet would) and team figures."""

import csv
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from testclock import at, day

from desktop.cli import main
from desktop.models.entities import AuditEvent, Client
from desktop.services.absences import AbsenceService
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.figures import FigureService
from desktop.services.signals import SignalService
from desktop.services.werknl import UWV_COLUMNS, WerknlService, parse_month

BSNS = ["111222333", "123456782", "999990019", "999990020", "999990032"]


def last_month() -> date:
    """The first day of the calendar month before today's: a month that has begun and ended."""
    return (day(0).replace(day=1) - timedelta(days=1)).replace(day=1)


def next_month() -> str:
    return f"{day(0).replace(day=28) + timedelta(days=4):%Y-%m}"


@pytest.fixture
def people(store, actor):
    svc = CaseloadService(store.db, actor)
    month = last_month()
    data = [
        ("Jan", "van den", "Berg", "active", None, day(-56).isoformat()),        # registered
        ("Fatima", None, "El Amrani", "active", None, None),               # not registered
        ("=Kees", None, "Jansen", "ended", (month + timedelta(days=9)).isoformat(), "2025-03-01"),  # ended last month, registered
        ("Anna", None, "de Wit", "ended", (month + timedelta(days=11)).isoformat(), None),  # ended last month, not registered
        ("Piet", "de", "Vries", "ended", (month - timedelta(days=1)).isoformat(), "2024-01-01"),  # the month before
    ]
    ids = {}
    for bsn, (first, prefix, last, status, end, reg) in zip(BSNS, data, strict=True):
        d = {"bsn": bsn, "first_name": first, "name_prefix": prefix, "last_name": last, "benefit_status": status,
             "date_of_birth": "1980-05-05", "werknl_registered_on": reg}
        if end:
            d.update(benefit_start="2020-01-01", benefit_end=end)
        ids[last] = svc.create(d).id
    return ids


def test_list_of_clients_not_registered(store, actor, people):
    svc = WerknlService(store.db, actor)
    assert [r.display_name for r in svc.registrations()] == ["Fatima El Amrani"]
    svc.register(people["El Amrani"], day(-6).isoformat())
    assert svc.registrations() == []
    svc.register(people["Berg"], day(-329).isoformat(), day(-25).isoformat())  # expired
    svc.set_exempt(people["El Amrani"], True)
    rows = {r.display_name: r.status for r in svc.registrations(open_only=False)}
    assert rows == {"Jan van den Berg": "expired", "Fatima El Amrani": "exempt"}
    with store.db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity == "werknl_list"))
        assert s.scalar(select(AuditEvent).where(AuditEvent.purpose == "werk.nl", AuditEvent.action == "update"))


def test_registration_dates_are_checked(store, actor, people):
    svc = WerknlService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        svc.register(people["Berg"], day(5).isoformat())
    assert err.value.errors == {"werknl_registered_on": "De inschrijfdatum ligt in de toekomst."}
    with pytest.raises(ValidationError) as err:
        svc.register(people["Berg"], day(-56).isoformat(), day(-86).isoformat())
    assert err.value.errors == {"werknl_expires_on": "De inschrijving verloopt na de inschrijfdatum."}


def test_letter_and_callback_are_kept(store, actor, people):
    svc = WerknlService(store.db, actor)
    svc.record_letter(people["El Amrani"], day(-24).isoformat())
    row = svc.record_callback(people["El Amrani"])
    assert (row.letter_sent_on, row.called_back_on) == (day(-24), day(0))


def test_month_is_checked():
    assert parse_month("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_month("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert parse_month("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))


def test_uwv_csv_reads_back_in_a_spreadsheet(store, actor, people, tmp_path):
    path = tmp_path / "uwv.csv"
    n = WerknlService(store.db, actor).export_uwv(f"{last_month():%Y-%m}", path)
    assert n == 1  # Kees: ended that month and registered; Anna was never registered, Piet ended the month before
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert tuple(rows[0]) == UWV_COLUMNS
    assert rows == [{"bsn": "999990019", "achternaam": "Jansen", "tussenvoegsel": "", "voornaam": "'=Kees",
                     "geboortedatum": "1980-05-05", "einde_uitkering": (last_month() + timedelta(days=9)).isoformat(),
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
    assert main(["--data-dir", str(paths.data_dir), "export", "uwv", "--month", "2026-11", "-o", str(out)]) == 0
    assert "0 werkzoekenden" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert tuple(next(csv.reader(fh, delimiter=";"))) == UWV_COLUMNS
    assert main(["--data-dir", str(paths.data_dir), "export", "uwv", "--month", "13-2026", "-o", str(out)]) == 1


def test_team_figures(store, actor, people):
    sig, ab = SignalService(store.db, actor), AbsenceService(store.db, actor)
    a = sig.create(people["Berg"], {"kind": "duty_to_inform", "description": "x", "signalled_on": day(-24).isoformat()})
    sig.log_attempt(a.id, True, at=at(-23, 9, 0))
    sig.close(a.id, "corrected", "Samen gecorrigeerd.")
    b = sig.create(people["El Amrani"], {"kind": "other", "description": "y", "signalled_on": day(-21).isoformat()})
    sig.create(people["Berg"], {"kind": "other", "description": "oud", "signalled_on": day(-82).isoformat()})
    for name, missed in (("Berg", day(-24).isoformat()), ("Jansen", (last_month() + timedelta(days=1)).isoformat()),
                         ("Jansen", (last_month() + timedelta(days=3)).isoformat())):
        ab.record(people[name], {"activity": "Training", "missed_on": missed})
    first = ab.list_for_client(people["Berg"])[0]
    ab.record_door_visit(first.id, day(-23).isoformat(), "Niemand thuis")
    ab.record_conversation(first.id, {"held_at": at(-22, 10, 0)})
    ab.consider_sanction(first.id, day(-21).isoformat())
    ab.offer_hearing(first.id, day(-20).isoformat())
    ab.decide(first.id, "sanction", "Niet verschenen", percentage=10, months=1)

    f = FigureService(store.db, actor).team_figures(last_month(), day(4))
    assert f.signals.by_result == {"no_action": 0, "corrected": 1, "warning": 0, "fine_investigation": 0,
                                   "open": 1}
    assert (f.signals.total, f.signals.closed, f.signals.without_fine) == (2, 1, 1)
    assert (f.absences.participants, f.absences.outflow, f.absences.considerations, f.absences.sanctions) == \
        (2, 1, 1, 1)
    assert (f.registrations.registered, f.registrations.not_registered, f.registrations.open) == (1, 1, 1)
    assert b.id
    with store.db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity == "figures"))
        assert s.scalar(select(Client).where(Client.id == people["Jansen"])).benefit_status == "ended"
    with pytest.raises(ValidationError):
        FigureService(store.db, actor).team_figures(day(4), day(-25))
