"""Words (issue 15, point 4): a date that is not in the calendar says so; the timeline shows labels, not codes."""

import pytest
from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.validation import FieldError, parse_date


@pytest.mark.parametrize(("text", "message"), [
    ("31-02-1990", "De datum 31-02-1990 bestaat niet: die maand heeft 28 dagen."),
    ("29-02-2024", None),  # a leap year: it exists
    ("30-02-2024", "De datum 30-02-2024 bestaat niet: die maand heeft 29 dagen."),
    ("1990-04-31", "De datum 1990-04-31 bestaat niet: die maand heeft 30 dagen."),
    ("12-13-1990", "De datum 12-13-1990 bestaat niet: een jaar heeft 12 maanden."),
    ("gisteren", "Schrijf een datum als 2024-03-31 of 31-03-2024."),
])
def test_a_date_that_does_not_exist_says_so(text, message):
    if message is None:
        assert parse_date(text) is not None
        return
    with pytest.raises(FieldError) as err:
        parse_date(text)
    assert str(err.value) == message


def test_timeline_shows_labels_not_codes(store, actor):
    from desktop.models.entities import ProfileEntry, Signal
    from desktop.services.taxonomy import load_defaults
    from desktop.services.timeline import TimelineService

    load_defaults(store.db)
    c = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik"})
    with store.db.session() as s:
        s.add(ProfileEntry(client_id=c.id, taxonomy_code="c.informal_care", level=2, assessed_on=day(-3)))
        s.add(Signal(client_id=c.id, kind="duty_to_inform", description="Melding", signalled_on=day(-2)))
    titles = {i.kind: i.title for i in TimelineService(store.db, actor).for_client(c.id)}
    assert titles["profile"] == "Mantelzorg"
    assert titles["signal"] == "Vermoeden schending inlichtingenplicht"
