"""Entry points: `wijkdesk` (CLI, GUI by default) and `wijkdesk-gui`."""

from __future__ import annotations

import gc
import sys


def main() -> int:
    from desktop.cli import main as cli_main

    try:
        return cli_main(sys.argv[1:])
    finally:
        _ending()


def gui_main() -> int:
    from desktop.cli import main as cli_main

    try:
        return cli_main(["gui", *sys.argv[1:]] if len(sys.argv) == 1 else sys.argv[1:])
    finally:
        _ending()


def _ending() -> None:
    """The process ends next. Python's shutdown collects garbage several times while it takes the modules
    apart, each time over every object SQLAlchemy, pydantic and the ORM mapping made at import: a quarter of
    a second on the sync path. Frozen objects are left out of those collections; the memory goes back to the
    system with the process either way. Only here, never inside `desktop.cli.main`, which tests call in one
    long process."""
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
