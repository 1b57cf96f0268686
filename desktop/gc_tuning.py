"""The garbage collector while a `wijkdesk` process starts or runs a one-shot command.

Importing SQLAlchemy, pydantic and Qt and parsing a restore's pages allocate hundreds of thousands of
objects that all stay alive; with the default threshold (a collection every 700 new containers) the
collector walks them again and again for nothing (~0.15 s of a 1.3 s restore). A command-line process
runs with a large first-generation threshold until it exits; the window restores the defaults once it is
shown, so a long session collects as usual.
"""

from __future__ import annotations

import gc

START_THRESHOLD = (100_000, 50, 1000)
_saved: tuple[int, int, int] | None = None


def quick_start() -> None:
    """Collect rarely from now on (a process entry point calls this first)."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
    gc.set_threshold(*START_THRESHOLD)


def settled() -> None:
    """Back to the thresholds from before quick_start (the window is shown: the start-up is over)."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None
