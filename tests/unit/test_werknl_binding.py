"""werk.nl's binding decision path (seed 003) and exemption requests, enforced by the shared rules
(sync/policy/werknl.py). Dates are relative to the frozen clock's today."""

from datetime import date, datetime, timedelta

import pytest

from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.werknl import WerknlService
from sync import clock as sync_clock


def ago(days: int) -> date:
    return sync_clock.today() - timedelta(days=days)


@pytest.fixture
def client_id(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Kees", "last_name": "Jansen",
                                                    "benefit_status": "active"}).id


@pytest.fixture
def svc(store, actor):
    return WerknlService(store.db, actor)


def test_binding_decision_only_after_letter_and_phone(svc, client_id):
    with pytest.raises(ValidationError) as err:
        svc.binding_decision(client_id, ago(30))
    assert err.value.errors["werknl_binding_decision_on"] == (
        "Een bindende afspraak om in te schrijven op werk.nl kan pas na een brief met uitleg en telefoonnummer en "
        "telefonisch contact na de brief.")
    svc.record_letter(client_id, ago(40))
    with pytest.raises(ValidationError):
        svc.binding_decision(client_id, ago(30))
    svc.record_phone_followup(client_id, ago(35))
    row = svc.binding_decision(client_id, ago(30))
    assert row.binding_deadline == ago(30) + timedelta(days=14)


def test_sanction_only_after_the_deadline_and_a_hearing(svc, client_id, clock):
    svc.record_letter(client_id, ago(10))
    svc.record_phone_followup(client_id, ago(9))
    svc.binding_decision(client_id, ago(8))
    with pytest.raises(ValidationError) as err:
        svc.sanction(client_id)
    assert "een uitnodiging om gehoord te worden" in err.value.errors["werknl_sanction_on"]
    svc.offer_hearing(client_id, ago(7))
    with pytest.raises(ValidationError) as err:
        svc.sanction(client_id)
    assert "na de termijn van de bindende afspraak" in err.value.errors["werknl_sanction_on"]
    later = ago(8) + timedelta(days=15)
    clock.move_to(datetime(later.year, later.month, later.day, 12, 0, tzinfo=sync_clock.AMSTERDAM))
    with pytest.raises(ValidationError):
        svc.sanction(client_id, percentage=50)  # above the central 30 %
    row = svc.sanction(client_id)
    assert (row.sanction_on, row.sanction_percentage) == (sync_clock.today(), 30)


def test_exemption_request_records_who_why_and_the_decision(svc, client_id):
    with pytest.raises(ValidationError) as err:
        svc.record_exemption_request(client_id, "", "", "misschien")
    assert set(err.value.errors) == {"werknl_exemption_requested_by", "werknl_exemption_reason",
                                     "werknl_exemption_decision"}
    row = svc.record_exemption_request(client_id, "dochter (mantelzorger)", "Opgenomen in het ziekenhuis.", "granted")
    assert (row.exempt, row.exemption_decision, row.exemption_requested_by) == (True, "granted",
                                                                                "dochter (mantelzorger)")
