"""`wijkdesk-server report NAME --from DATE --to DATE [--team NAME] [--format json|csv]` and
`wijkdesk-server export uwv --month YYYY-MM -o FILE` (issue 16).

    report     figures computed from the central store's records (sync/server/reports); small cells show
               "<5"; every request is audited (user wijkdesk-server, device command-line)
    export uwv the monthly UWV deregistration list for the whole municipality (the desktop's format)
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .db import Store
from .reports import REPORTS, ReportError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("report", help="figures from the central store (no names, small cells <5)")
    r.add_argument("name", choices=sorted(REPORTS))
    r.add_argument("--from", dest="start", type=_day, required=True, help="first day (YYYY-MM-DD)")
    r.add_argument("--to", dest="end", type=_day, required=True, help="last day (YYYY-MM-DD), included")
    r.add_argument("--team", help="one team (its name); default all teams")
    r.add_argument("--format", choices=("json", "csv"), default="json")
    ex = sub.add_parser("export", help="exports").add_subparsers(dest="action", required=True, metavar="WHAT")
    eu = ex.add_parser("uwv", help="the monthly UWV deregistration list of the whole municipality")
    eu.add_argument("--month", required=True, help="YYYY-MM")
    eu.add_argument("-o", "--output", type=Path, required=True)


def run(args: argparse.Namespace, store: Store) -> int | None:
    """Run a report/export command; None when `args` is another command."""
    if args.command == "report":
        from .reports.access import CLI
        from .reports.access import run as run_report

        try:
            report = run_report(store, CLI, args.name, args.start, args.end, args.team)
        except ReportError as exc:
            print(f"wijkdesk-server: {exc}", file=sys.stderr)
            return 1
        if args.format == "csv":
            sys.stdout.write(report.as_csv())
        else:
            print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
        return 0
    if args.command == "export" and args.action == "uwv":
        from .uwv_export import export_uwv

        n = export_uwv(store, args.month, args.output)
        print(f"{n} client(s) on the UWV list for {args.month} -> {args.output}")
        return 0
    return None
