"""The collector runs rarely while a process starts, and as usual once the window is shown (gc_tuning.py)."""

from __future__ import annotations

import gc

from desktop import gc_tuning


def test_quick_start_raises_the_threshold_and_settled_restores_it():
    before = gc.get_threshold()
    try:
        gc_tuning.quick_start()
        assert gc.get_threshold() == gc_tuning.START_THRESHOLD
        gc_tuning.quick_start()  # twice: the saved thresholds are still the original ones
        gc_tuning.settled()
        assert gc.get_threshold() == before
        gc_tuning.settled()  # without quick_start: nothing changes
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)
