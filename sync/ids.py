"""New ids of rows and mutations: UUIDs of version 7 (RFC 9562), made on the desktop and in the central store.

A version 7 UUID starts with the time it was made (48 bits of Unix milliseconds) and ends with 74 random bits.
Ids made around the same time therefore sort together: a push batch of new rows and mutations lands in a few
pages at the end of the primary-key indexes of both databases (and of the desktop's own tables) instead of one
random page per row, as version 4 ids do. Every id is still a UUID as the wire format wants; nothing reads
the time back out of it (the records carry their own times).
"""

from __future__ import annotations

import os

from sync import clock

_MS = (1 << 48) - 1
_RAND_B = (1 << 62) - 1


def new_id() -> str:
    """A new UUID version 7 as text: unique by its random bits, ordered by the millisecond it was made."""
    rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 random bits
    value = ((clock.unix_ms() & _MS) << 80 | 0x7 << 76 | (rand >> 62) << 64  # version 7, then rand_a (12 bits)
             | 0b10 << 62 | rand & _RAND_B)  # the RFC variant, then rand_b (62 bits)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
