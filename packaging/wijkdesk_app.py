"""Entry point of the PyInstaller app: the same `wijkdesk` command line (the GUI without arguments)."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
