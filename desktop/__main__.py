"""Entry points: `wijkdesk` (CLI, GUI by default) and `wijkdesk-gui`."""

from __future__ import annotations

import sys

from desktop import process


def main() -> int:
    if sys.argv[1:] == ["--wijkdesk-early-restore"]:  # sync.early.EARLY_ARG: the packaged app's own child
        from sync.early_restore import main as early_restore

        return early_restore()
    process.begin()
    from desktop.cli import main as cli_main

    try:
        return cli_main(sys.argv[1:])
    finally:
        process.ending()


def gui_main() -> int:
    process.begin()
    from desktop.cli import main as cli_main

    try:
        return cli_main(["gui", *sys.argv[1:]] if len(sys.argv) == 1 else sys.argv[1:])
    finally:
        process.ending()


if __name__ == "__main__":
    sys.exit(main())
