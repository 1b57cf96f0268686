"""Entry points: `wijkdesk` (CLI, GUI by default) and `wijkdesk-gui`."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


def gui_main() -> int:
    from desktop.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]] if len(sys.argv) == 1 else sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
