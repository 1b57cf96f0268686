"""How a `wijkdesk` process treats Python's garbage collector (issue 18: start and end at the speed of the
machine). Only the process entry points (desktop/__main__.py) call `begin`; `desktop.cli.main` and the
GUI call `started`, which does nothing unless `begin` ran, so tests that call them in one long process keep
the collector as it is.

- While the program starts, the collector is off: importing SQLAlchemy, pydantic, the ORM mapping and Qt
  makes many objects that live as long as the process, and the collector went over them again and again
  (about a tenth of a second).
- Once started, those objects are frozen (left out of later collections) and the collector is on again for
  the work itself, so garbage cycles a session leaves behind are still collected.
- At the end the whole heap is frozen: the interpreter's shutdown collects several times while it takes the
  modules apart (a quarter of a second after a sync); the memory goes back with the process either way.
"""

from __future__ import annotations

import gc

_begun = False


def begin() -> None:
    global _begun
    _begun = True
    gc.disable()


def started() -> None:
    """The long-lived objects of the start are made; the work begins."""
    global _begun
    if _begun:
        _begun = False
        gc.freeze()
        gc.enable()


def ending() -> None:
    gc.freeze()
