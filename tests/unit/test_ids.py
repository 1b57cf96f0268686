"""New ids (sync/ids.py): UUIDs of version 7, ordered by the millisecond they were made, unique by their random bits."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import time_machine

from desktop.models.base import new_id as desktop_new_id
from sync.ids import new_id
from sync.server.models import new_id as server_new_id


def test_a_new_id_is_a_version_7_uuid_in_canonical_text() -> None:
    text = new_id()
    parsed = uuid.UUID(text)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert str(parsed) == text  # lower case, hyphenated: as the wire format and the stores keep it


def test_the_desktop_and_the_store_make_the_same_kind_of_id() -> None:
    assert uuid.UUID(desktop_new_id()).version == uuid.UUID(server_new_id()).version == 7


def test_ids_carry_the_millisecond_they_were_made_and_sort_by_it() -> None:
    start = datetime(2028, 2, 29, 23, 59, 59, 998000, tzinfo=UTC)  # across a leap day's midnight
    made = []
    for step in range(5):
        moment = start + timedelta(milliseconds=step)
        with time_machine.travel(moment, tick=False):
            made.append((moment, new_id()))
    for moment, text in made:
        assert uuid.UUID(text).int >> 80 == int(moment.timestamp() * 1000)
    assert [t for _m, t in made] == sorted(t for _m, t in made)


def test_ids_made_in_the_same_millisecond_differ() -> None:
    with time_machine.travel(datetime(2027, 3, 28, 1, 30, tzinfo=UTC), tick=False):
        ids = {new_id() for _ in range(20_000)}
    assert len(ids) == 20_000
