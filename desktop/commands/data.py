"""`demo-data`, `import clients`, `export caseload` and `export dossier` (DESIGN §5)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.i18n import translate
from desktop.store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def run_demo_data(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.demo_data import count_rows, generate

    if args.clients < 1:
        print(translate("Data", "--clients moet 1 of meer zijn."), file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    stats = generate(store.db, store.actor(), args.clients, seed=args.seed)
    figures = count_rows(store.db)
    print(translate("Data", "{clients} werkzoekenden gemaakt met {conversations} gesprekken en {agreements} "
                            "afspraken in {seconds:.1f} s; {pending} wijzigingen wachten op synchronisatie.")
          .format(clients=stats.clients, conversations=stats.conversations, agreements=stats.agreements,
                  seconds=time.perf_counter() - started, pending=figures["pending"]))
    return EXIT_OK


def run_import_clients(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.transfer import import_clients

    result = import_clients(store.db, store.actor(), Path(args.file), skip_invalid=args.skip_invalid)
    for error in result.errors:
        print(str(error), file=sys.stderr)
    if result.errors and not args.skip_invalid:
        print(translate("Import", "Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet. Verbeter ze, "
                                  "of gebruik --skip-invalid om alleen de goede regels te importeren.")
              .format(n=result.invalid_lines, rows=result.rows), file=sys.stderr)
        return EXIT_FAILED
    print(result.summary())
    return EXIT_OK


def run_export_caseload(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.transfer import export_caseload

    n = export_caseload(store.db, store.actor(), Path(args.output))
    print(translate("Export", "{n} werkzoekenden geschreven naar {file}.").format(n=n, file=args.output))
    return EXIT_OK


def run_export_refused(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.sync_review import export_refused

    n = export_refused(store.db, store.actor(), Path(args.output))
    print(translate("Export", "{n} geweigerde wijziging(en) geschreven naar {file}.").format(n=n, file=args.output))
    return EXIT_OK


def run_export_dossier(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.transfer import export_dossier

    counts = export_dossier(store.db, store.actor(), args.bsn, Path(args.output))
    print(translate("Export", "Dossier geschreven naar {file}: {conversations} gesprekken, {agreements} afspraken, "
                              "{events} logregels.").format(file=args.output, conversations=counts["conversations"],
                                                           agreements=counts["agreements"],
                                                           events=counts["audit_events"]))
    return EXIT_OK
