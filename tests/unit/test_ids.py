"""New ids (sync/ids.py): row ids are random and carry nothing; mutation ids are ordered by the millisecond they
were made (UUID version 7) and unique by their random bits."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import time_machine

from desktop.models.base import new_id as desktop_new_id
from desktop.models.entities import Client, OutboxMutation
from sync.ids import new_id, new_mutation_id
from sync.server.models import new_id as server_new_id


def test_a_row_id_is_a_random_uuid_that_tells_nothing_of_when_it_was_made() -> None:
    moment = datetime(2027, 1, 1, 0, 0, 30, tzinfo=UTC)
    with time_machine.travel(moment, tick=False):
        ids = [uuid.UUID(new_id()) for _ in range(3)]
    assert {i.version for i in ids} == {4}
    assert not any(i.int >> 80 == int(moment.timestamp() * 1000) for i in ids)
    assert uuid.UUID(desktop_new_id()).version == uuid.UUID(server_new_id()).version == 4


def test_a_mutation_id_is_a_version_7_uuid_in_canonical_text() -> None:
    text = new_mutation_id()
    parsed = uuid.UUID(text)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert str(parsed) == text  # lower case, hyphenated: as the wire format and the stores keep it


def test_mutation_ids_carry_the_millisecond_they_were_made_and_sort_by_it() -> None:
    start = datetime(2028, 2, 29, 23, 59, 59, 998000, tzinfo=UTC)  # across a leap day's midnight
    made = []
    for step in range(5):
        moment = start + timedelta(milliseconds=step)
        with time_machine.travel(moment, tick=False):
            made.append((moment, new_mutation_id()))
    for moment, text in made:
        assert uuid.UUID(text).int >> 80 == int(moment.timestamp() * 1000)
    assert [t for _m, t in made] == sorted(t for _m, t in made)


def test_mutation_ids_made_in_the_same_millisecond_differ() -> None:
    with time_machine.travel(datetime(2027, 3, 28, 1, 30, tzinfo=UTC), tick=False):
        ids = {new_mutation_id() for _ in range(20_000)}
    assert len(ids) == 20_000


def test_a_saved_change_is_queued_with_a_time_ordered_mutation_id_and_a_random_row_id(store) -> None:
    with store.db.session() as s:
        s.add(Client(bsn="111222333", first_name="A", last_name="B"))
    with store.db.session() as s:
        queued = s.query(OutboxMutation).one()
    assert uuid.UUID(queued.mutation_id).version == 7
    assert uuid.UUID(queued.row_id).version == 4
