import csv
import json
import os
import stat

import pytest
from sqlalchemy import select
from testclock import at, day

from desktop.models.entities import (
    Absence,
    Agreement,
    AuditEvent,
    CallAttempt,
    Client,
    Conversation,
    Instrument,
    Placement,
    ProfileEntry,
    Signal,
)
from desktop.services.caseload import CaseloadService, add_months
from desktop.services.demo_data import generate_caseload
from desktop.services.errors import NotFound
from desktop.services.transfer import (
    EXPORT_COLUMNS,
    IMPORT_COLUMNS,
    TransferError,
    export_caseload,
    export_dossier,
    import_clients,
)

FIELDS = [c for c in IMPORT_COLUMNS] + ["aftercare_until"]


def _snapshot(store):
    with store.db.session() as s:
        return sorted(tuple(getattr(c, f) for f in FIELDS) for c in s.scalars(select(Client)))


def test_caseload_csv_for_dutch_excel(store, actor, tmp_path):
    svc = CaseloadService(store.db, actor)
    svc.create({"bsn": "111222333", "first_name": "Jan", "name_prefix": "van den", "last_name": "Berg",
                "street": "=HYPERLINK(\"x\")", "benefit_status": "ended", "benefit_end": day(-56).isoformat()})
    out = tmp_path / "caseload.csv"
    assert export_caseload(store.db, actor, out) == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(EXPORT_COLUMNS)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["street"].startswith("'=")  # no formula for Excel
    assert (row["phase"], row["aftercare_until"], row["coach"]) == ("aftercare", add_months(day(-56), 6).isoformat(), "Coach")
    with store.db.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
        assert [(e.entity, e.client_id) for e in events] == [("caseload", None)]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_caseload_round_trip(store, actor, tmp_path, paths):
    generate_caseload(store.db, actor, 25, seed=5)
    CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Zoë", "last_name": "@home",
                                              "street": "-Straat", "phone": "+31 6 12345678"})
    out = tmp_path / "caseload.csv"
    assert export_caseload(store.db, actor, out) == 26
    before = _snapshot(store)

    from desktop.paths import Paths
    from desktop.store import open_store

    other = open_store(Paths.resolve(tmp_path / "other"))
    try:
        result = import_clients(other.db, other.actor(), out, skip_invalid=False)
        assert result.errors == [] and result.imported == 26
        assert _snapshot(other) == before
    finally:
        other.close()


def test_export_overwrites_atomically(store, actor, tmp_path):
    out = tmp_path / "caseload.csv"
    out.write_text("oud")
    out.chmod(0o644)
    export_caseload(store.db, actor, out)
    assert out.read_text(encoding="utf-8-sig").startswith("bsn;")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_export_to_missing_folder(store, actor, tmp_path):
    with pytest.raises(TransferError, match="bestaat niet"):
        export_caseload(store.db, actor, tmp_path / "nope" / "x.csv")
    with store.db.session() as s:  # nothing written, so nothing logged as exported
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all() == []


@pytest.fixture
def full_client(store, actor):
    """One client with something in every part of the dossier."""
    svc = CaseloadService(store.db, actor)
    c = svc.create({"bsn": "111222333", "first_name": "Çağla", "last_name": "Öztürk", "phone": "06-12345678"})
    svc.open(c.id)
    other = svc.create({"bsn": "123456782", "first_name": "Ander", "last_name": "Mens"})
    with store.db.session() as s:
        inst = Instrument(code="WEP", name="Werkervaringsplek", provider="Rotterdam Inclusief")
        conv = Conversation(client_id=c.id, coach_id=actor.user_id, kind="intake", held_at=at(-56, 10),
                            summary_for_client="We hebben kennisgemaakt.", internal_notes="Schulden in beeld.")
        s.add_all([inst, conv, Conversation(client_id=other.id, kind="intake", held_at=at(-55, 10),
                                            summary_for_client="Niet van Çağla.")])
        s.flush()
        s.add_all([
            Agreement(client_id=c.id, conversation_id=conv.id, description="Cv opsturen", due_date=day(-42)),
            ProfileEntry(client_id=c.id, taxonomy_code="Q-ACCURATE", level=3, assessed_on=day(-56)),
            Placement(client_id=c.id, instrument_id=inst.id, reason="Werkritme opdoen", status="active"),
            Absence(client_id=c.id, activity="Taalles", missed_on=day(-37)),
        ])
        sig = Signal(client_id=c.id, kind="duty_to_inform", description="Inkomsten?", signalled_on=day(-25))
        s.add(sig)
        s.flush()
        s.add(CallAttempt(signal_id=sig.id, attempted_at=at(-24, 9), reached=False,
                          by_user_id=actor.user_id))
    return c


def test_dossier_contains_everything_about_the_person(store, actor, tmp_path, full_client):
    out = tmp_path / "dossier.json"
    counts = export_dossier(store.db, actor, "111 222 333", out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "Çağla" in text  # ensure_ascii=False
    data = json.loads(text)
    assert data["generated_at"] and "artikel 15" in data["explanation"]
    assert data["client"]["bsn"] == "111222333" and data["client"]["coach"]["name"]
    assert [c["internal_notes"] for c in data["conversations"]] == ["Schulden in beeld."]
    assert [a["description"] for a in data["agreements"]] == ["Cv opsturen"]
    assert data["profile_entries"][0]["taxonomy_code"] == "Q-ACCURATE"
    assert data["placements"][0]["instrument"]["name"] == "Werkervaringsplek"
    assert len(data["signals"][0]["call_attempts"]) == 1
    assert data["absences"][0]["activity"] == "Taalles"
    actions = [(e["action"], e["username"]) for e in data["audit_events"]]
    assert actions == [("create", actor.username), ("view", actor.username)]
    assert counts["conversations"] == 1 and counts["audit_events"] == 2
    with store.db.session() as s:
        last = s.scalars(select(AuditEvent).where(AuditEvent.client_id == full_client.id)
                         .order_by(AuditEvent.at.desc())).first()
        assert (last.action, last.purpose) == ("export", "AVG art. 15")
    # the next request shows the earlier export
    export_dossier(store.db, actor, "111222333", out)
    assert json.loads(out.read_text())["audit_events"][-1]["action"] == "export"


def test_dossier_includes_soft_deleted_rows(store, actor, tmp_path, full_client):
    with store.db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.client_id == full_client.id)).one()
        conv.deleted_at = at(-6)
    data = export_dossier(store.db, actor, "111222333", tmp_path / "d.json")
    assert data["conversations"] == 1


def test_dossier_unknown_and_invalid_bsn(store, actor, tmp_path):
    with pytest.raises(NotFound, match="Geen werkzoekende met dit BSN in dit bestand."):
        export_dossier(store.db, actor, "111222333", tmp_path / "d.json")
    with pytest.raises(TransferError, match="geen geldig BSN"):
        export_dossier(store.db, actor, "123456789", tmp_path / "d.json")
    assert not (tmp_path / "d.json").exists()
