"""`wijkdesk-server settings show|set KEY VALUE` and `wijkdesk-server check-policy` (sync/policy).

    settings show            every policy number, its value, whether it is the default, and its bounds
    settings set KEY VALUE   change one (refused when unknown or out of bounds); devices get it at their next sync
    check-policy             stored records that break a rule (clients, signals, absences, absence-approach
                             attendance and groups, assessments recognised without the client), with the
                             reason; changes nothing.
                             Exit 0 when none, 1 when some were found (so a script notices).
    satisfaction             the clients' ratings after placements and at the end of aftercare (counts only)
"""

from __future__ import annotations

import argparse
import sys

from sync.policy.settings import SPEC, SettingError

from .db import Store
from .policy_check import load_settings, set_setting, stored_findings, stored_settings
from .satisfaction import satisfaction_figures


def add_parsers(sub: argparse._SubParsersAction) -> None:
    st = sub.add_parser("settings", help="policy settings (waiting days, hearing period, sanction bounds, ...)")
    sa = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    sa.add_parser("show", help="show every policy setting")
    ss = sa.add_parser("set", help="set one policy setting")
    ss.add_argument("key")
    ss.add_argument("value")
    sub.add_parser("check-policy", help="list stored records that break a policy rule (changes nothing)")
    sub.add_parser("satisfaction", help="client satisfaction after placements and aftercare (counts only)")


def run(args: argparse.Namespace, store: Store) -> int | None:
    """Run a settings/check-policy command; None when `args` is another command."""
    if args.command == "settings":
        if args.action == "set":
            try:
                with store.plain() as conn:
                    number = set_setting(conn, args.key, args.value)
            except SettingError as exc:
                print(f"wijkdesk-server: {exc}", file=sys.stderr)
                return 1
            print(f"{args.key} = {number} (devices use it from their next sync)")
            return 0
        with store.plain() as conn:
            stored, values = stored_settings(conn), load_settings(conn).as_dict()
        for key, (default, low, high) in SPEC.items():
            origin = "set" if key in stored else "default"
            print(f"{key:<32} {values[key]:>5}  ({origin}; default {default}, {low}..{high})")
        return 0
    if args.command == "check-policy":
        with store.read() as conn:
            findings = stored_findings(conn)
        for f in findings:
            print(f"{f.table} {f.row_id} client {f.client_id or '-'}: {', '.join(f.codes)}")
            print(f"    {f.reason}")
        print(f"{len(findings)} stored record(s) break a policy rule; nothing was changed")
        return 1 if findings else 0
    if args.command == "satisfaction":
        with store.read() as conn:
            figures = satisfaction_figures(conn)
        for f in figures:
            mean = "-" if f.mean is None else f"{f.mean:.2f}"
            scores = " ".join(f"{n}:{f.per_score[n]}" for n in range(1, 6))
            print(f"{f.source:<10} {f.count:>5} ratings  mean {mean:>4}  ({scores})  {f.with_remark} with a remark")
        return 0
    return None
