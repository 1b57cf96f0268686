"""`import instruments FILE.csv`: read an instrument catalogue into the local store (demo, offline use).

The central store maintains the real catalogue (`wijkdesk-server instruments import`, same parser);
after a sync its copy replaces what was imported locally."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.i18n import translate
from desktop.store import Store

EXIT_OK, EXIT_FAILED = 0, 1


def run_import_instruments(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.catalogue import import_instruments
    from desktop.services.taxonomy import load_defaults

    load_defaults(store.db)  # target codes are checked against the taxonomy
    result = import_instruments(store.db, store.actor(), Path(args.file))
    for error in result.errors:
        print(str(error), file=sys.stderr)
    if result.errors:
        print(translate("Catalogue", "Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet.")
              .format(n=result.invalid_lines, rows=result.rows), file=sys.stderr)
        return EXIT_FAILED
    print(translate("Catalogue", "{n} instrumenten ingelezen.").format(n=result.imported))
    return EXIT_OK
