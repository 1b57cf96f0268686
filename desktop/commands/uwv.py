"""`wijkdesk export uwv --month YYYY-MM -o FILE.csv`: the monthly list for UWV (seed 003).

The clients whose benefit ended in that month and who may be deregistered as job seekers at werk.nl
(only those with a known werk.nl registration). The file opens in a Dutch spreadsheet as it is:
UTF-8 with BOM, semicolon-separated, CRLF line ends, one header line, dates YYYY-MM-DD, mode 0600.

Columns, in this order:

    bsn                 burgerservicenummer, 9 digits (UWV matches on it)
    achternaam          last name
    tussenvoegsel       name prefix ("van den"), may be empty
    voornaam            first name
    geboortedatum       date of birth, may be empty
    einde_uitkering     the day the benefit ended (within the month)
    ingeschreven_sinds  the werk.nl registration date known to the municipality
    reden_afmelding     always "uitkering beëindigd"
    gemeente            always "Rotterdam"

The export is written to the audit trail: one "export" event for the list and one for each client on it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.i18n import translate
from desktop.store import Store

EXIT_OK = 0


def run_export_uwv(store: Store, args: argparse.Namespace) -> int:
    from desktop.services.werknl import WerknlService

    n = WerknlService(store.db, store.actor()).export_uwv(args.month, Path(args.output))
    print(translate("Export", "UWV-lijst {month}: {n} werkzoekenden die kunnen worden uitgeschreven, "
                              "geschreven naar {file}.").format(month=args.month, n=n, file=args.output))
    return EXIT_OK
