"""Re-examination (issue 17 point 5, seed 000): who selected it and why, in words; the friendly invitation
letter follows the selection and records its day. The central store: tests/sync/test_policy_client_cases.py."""

from __future__ import annotations

import pytest
from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.letters.service import LetterService
from desktop.services.reexamination import ReexaminationService


@pytest.fixture
def cid(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": "123456782", "first_name": "Ayşe",
                                                    "last_name": "Çelik"}).id


def test_a_selection_needs_who_and_why_in_words(store, actor, cid):
    svc = ReexaminationService(store.db, actor)
    for reason in ("", "score 0.87", "risico 7"):
        with pytest.raises(ValidationError) as err:
            svc.select(cid, reason)
        assert "in woorden" in err.value.errors["reexamination_reason"]
    assert CaseloadService(store.db, actor).open(cid).reexamination_selected_on is None
    d = svc.select(cid, "Inkomen uit werk wisselt sterk; samen kijken of de uitkering nog past.", "Teamleider Bos")
    assert (d.reexamination_selected_on, d.reexamination_selected_by) == (day(0), "Teamleider Bos")
    assert svc.select(cid, "Nieuwe situatie met het huis en werk.").reexamination_selected_by == actor.username


def test_the_invitation_letter_follows_the_selection(store, actor, cid):
    letters = LetterService(store.db, actor)
    with pytest.raises(ValidationError, match="wie dit heronderzoek selecteerde en waarom"):
        letters.render("reexamination-invitation", cid, documents=["id"])
    assert cid not in letters.mailing_candidates("reexamination-invitation")
    ReexaminationService(store.db, actor).select(cid, "Inkomen uit werk wisselt sterk de laatste maanden.")
    assert cid in letters.mailing_candidates("reexamination-invitation")
    letters.mark_sent("reexamination-invitation", cid, documents=["id"])
    assert CaseloadService(store.db, actor).open(cid).reexamination_invited_on == day(0)
    assert cid not in letters.mailing_candidates("reexamination-invitation")  # invited once per selection
