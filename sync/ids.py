"""New ids, made on the desktop and in the central store.

Row ids (`new_id`) are random UUIDs (version 4). A row id travels to everyone who may see the row, also where
the row's fields are cut down for a role (a specialist sees a client's name, not when the coach entered the
client): an id must not tell more than the fields do, so it carries nothing.

Mutation ids (`new_mutation_id`) are UUIDs of version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74
random bits. Only the device that made a change and the central store's record of applied mutations (for
idempotency) ever hold them, and ids made around the same time sort together: a push batch's mutation ids
land in a few pages at the end of the store's index of applied mutations, and its rows sit together in the
desktop's outbox index when the batch is deleted, instead of one random page per mutation.
"""

from __future__ import annotations

import os
import uuid

from sync import clock

_MS = (1 << 48) - 1
_RAND_B = (1 << 62) - 1


def new_id() -> str:
    """A new row id: a random UUID (version 4) as text."""
    return str(uuid.uuid4())


def new_mutation_id() -> str:
    """A new mutation id: a UUID of version 7 as text, unique by its random bits, ordered by its millisecond."""
    rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 random bits
    value = ((clock.unix_ms() & _MS) << 80 | 0x7 << 76 | (rand >> 62) << 64  # version 7, then rand_a (12 bits)
             | 0b10 << 62 | rand & _RAND_B)  # the RFC variant, then rand_b (62 bits)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
