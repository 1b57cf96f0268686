"""Entry points: `wijkdesk` (CLI, GUI by default) and `wijkdesk-gui`."""

from __future__ import annotations

import sys

from desktop import process


def main() -> int:
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
