"""The server process sets its start-up heap aside from the garbage collector (sync/server/heap.py)."""

from __future__ import annotations

import gc

from sync.server.heap import freeze_start_up_heap


def test_the_start_up_heap_is_kept_out_of_later_collections_and_new_cycles_are_still_collected() -> None:
    before = gc.get_freeze_count()
    try:
        freeze_start_up_heap()
        frozen = gc.get_freeze_count()
        assert frozen > before + 1000  # the test process's imports

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle made after the freeze
        del a, b
        assert gc.collect() >= 2
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
