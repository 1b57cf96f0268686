"""`wijkdesk-server`: the central store's admin command line (DESIGN §5).

    wijkdesk-server [--db URL] migrate
    wijkdesk-server [--db URL] restored        (after restoring a backup, before the servers start)
    wijkdesk-server [--db URL] serve [--host 127.0.0.1] [--port 8765] [--allow-remote] [--workers N]
                                     [--metrics-port P [--metrics-host 127.0.0.1]]
    wijkdesk-server [--db URL] user add NAME --role ROLE --team TEAM [--display-name ..] [--phone ..] [--email ..]
    wijkdesk-server [--db URL] user list
    wijkdesk-server [--db URL] seed-demo --coach NAME --clients N [--specialist NAME] [--seed S]
    wijkdesk-server [--db URL] instruments import FILE.csv
    wijkdesk-server [--db URL] caseload transfer (--client ID_OR_BSN | --from COACH) --to COACH
    wijkdesk-server [--db URL] deputy add|remove --coach A --deputy B
    wijkdesk-server [--db URL] device list [--user NAME]
    wijkdesk-server [--db URL] device revoke (DEVICE_ID | --user NAME)
    wijkdesk-server [--db URL] user disable|enable|token NAME
    wijkdesk-server [--db URL] audit list [--client BSN] [--user NAME] [--from DATE] [--to DATE] [--json]
    wijkdesk-server [--db URL] parked list | parked apply|dismiss ID --by NAME
    wijkdesk-server [--db URL] settings show | settings set KEY VALUE
    wijkdesk-server [--db URL] check-policy
    wijkdesk-server [--db URL] report NAME --from DATE --to DATE [--team NAME] [--format json|csv]
    wijkdesk-server [--db URL] export uwv --month YYYY-MM -o FILE

Exit codes: 0 success, 1 the work failed (the message says why), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from sync.loopback import is_loopback

from . import policy_cli, reports_cli
from .admin import AdminError
from .db import Store
from .migrate import MigrationError, ensure_schema, migrate

log = logging.getLogger("wijkdesk.server")


def default_db_url() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("wijkdesk-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)  # only its owner may list or open the central store's files
    return f"sqlite:///{folder / 'central.db'}"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wijkdesk-server", description="Wijkdesk central store: sync API and admin.")
    p.add_argument("--db", metavar="URL", help="database URL (default: SQLite in the user data dir); "
                                               "postgresql+psycopg://user@host/db for PostgreSQL")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("migrate", help="create or upgrade the database schema")
    sub.add_parser("restored", help="after restoring a backup: a new epoch, so devices send again what it lacks")

    s = sub.add_parser("serve", help="serve the sync API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--allow-remote", action="store_true", help="allow a non-loopback host (put TLS in front!)")
    s.add_argument("--workers", type=int, default=1, help="worker processes (PostgreSQL only when more than 1)")
    s.add_argument("--metrics-port", type=int, help="serve Prometheus metrics on this port of --metrics-host")
    s.add_argument("--metrics-host", default="127.0.0.1")

    u = sub.add_parser("user", help="users").add_subparsers(dest="action", required=True, metavar="ACTION")
    ua = u.add_parser("add", help="add a user and print their token once")
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=("coach", "specialist", "team_lead", "absence_team", "admin"))
    ua.add_argument("--team", required=True)
    ua.add_argument("--display-name")
    ua.add_argument("--phone")
    ua.add_argument("--email")
    ua.add_argument("--organisation")
    u.add_parser("list", help="list users")
    for name, what in (("disable", "stop a user: sign-in refused, every device of theirs revoked (wipes itself)"),
                       ("enable", "let a disabled user sign in again"),
                       ("token", "a new user token (last line of stdout); the old one stops working")):
        u.add_parser(name, help=what).add_argument("name")

    pk = sub.add_parser("parked", help="changes refused because access ended (kept for the client's coach)")
    pka = pk.add_subparsers(dest="action", required=True, metavar="ACTION")
    pka.add_parser("list", help="open parked changes")
    for name in ("apply", "dismiss"):
        x = pka.add_parser(name, help=f"{name} a parked change")
        x.add_argument("id")
        x.add_argument("--by", required=True, help="the coach of the client or a team lead of its team")

    au = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="action", required=True,
                                                                         metavar="ACTION")
    al = au.add_parser("list", help="who saw or changed whose data, when, from which device")
    al.add_argument("--client", help="client id or BSN")
    al.add_argument("--user", help="user name")
    al.add_argument("--from", dest="start", type=_day, help="first day (YYYY-MM-DD, Amsterdam time)")
    al.add_argument("--to", dest="end", type=_day, help="last day, included (YYYY-MM-DD)")
    al.add_argument("--json", action="store_true", help="one JSON array")

    d = sub.add_parser("seed-demo", help="write a demo caseload for a coach")
    d.add_argument("--coach", required=True)
    d.add_argument("--clients", type=int, required=True)
    d.add_argument("--specialist")
    d.add_argument("--seed", type=int)
    d.add_argument("--team", default="Wijkteam Feijenoord")

    i = sub.add_parser("instruments", help="the instrument catalogue").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    ii = i.add_parser("import", help="import instruments from CSV (all-or-nothing)")
    ii.add_argument("file", type=Path)

    c = sub.add_parser("caseload", help="caseloads").add_subparsers(dest="action", required=True, metavar="ACTION")
    ct = c.add_parser("transfer", help="move a client or a whole caseload to another coach")
    src = ct.add_mutually_exclusive_group(required=True)
    src.add_argument("--client", help="client id or BSN")
    src.add_argument("--from", dest="from_coach", help="move every client of this coach")
    ct.add_argument("--to", required=True)

    dp = sub.add_parser("deputy", help="deputies (waarneming)").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    for name in ("add", "remove"):
        x = dp.add_parser(name)
        x.add_argument("--coach", required=True)
        x.add_argument("--deputy", required=True)

    dv = sub.add_parser("device", help="devices").add_subparsers(dest="action", required=True, metavar="ACTION")
    dl = dv.add_parser("list")
    dl.add_argument("--user")
    dr = dv.add_parser("revoke")
    dr.add_argument("device_id", nargs="?")
    dr.add_argument("--user")
    policy_cli.add_parsers(sub)
    reports_cli.add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command == "serve" and not is_loopback(args.host) and not args.allow_remote:
        print(f"wijkdesk-server: refusing to listen on {args.host}: not a loopback address. "
              "Use --allow-remote behind a TLS-terminating proxy.", file=sys.stderr)
        return 2
    if args.command == "serve" and args.workers < 1:
        print("wijkdesk-server: --workers must be 1 or more", file=sys.stderr)
        return 2
    if args.command == "device" and args.action == "revoke" and bool(args.device_id) == bool(args.user):
        print("wijkdesk-server: device revoke needs a DEVICE_ID or --user NAME (one of them)", file=sys.stderr)
        return 2
    if args.command == "seed-demo" and args.clients < 0:
        print("wijkdesk-server: --clients must be 0 or more", file=sys.stderr)
        return 2
    store = Store(args.db or default_db_url())
    try:
        return run(args, store)
    except (AdminError, MigrationError) as exc:
        print(f"wijkdesk-server: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(f"wijkdesk-server: database error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    finally:
        store.dispose()


def run(args: argparse.Namespace, store: Store) -> int:
    from . import admin

    if args.command == "migrate":
        result = migrate(store.engine)
        print({"created": f"created the central store at schema {result.to_revision}",
               "upgraded": f"upgraded from {result.from_revision} to {result.to_revision}",
               "current": f"already at schema {result.to_revision}"}[result.action])
        return 0
    ensure_schema(store.engine)

    done = policy_cli.run(args, store)
    if done is None:
        done = reports_cli.run(args, store)
    if done is not None:
        return done
    if args.command == "restored":
        from .epoch import renew_epoch

        print(f"new epoch {renew_epoch(store)}: devices will restore from this store and send again "
              "the changes it lacks")
        return 0

    if args.command == "serve":
        if args.workers > 1 and store.is_sqlite:
            print("wijkdesk-server: --workers needs PostgreSQL (SQLite has one writer)", file=sys.stderr)
            return 2
        if args.workers > 1:
            from .workers import serve

            store.dispose()
            serve(store.url, args.host, args.port, args.workers, args.metrics_port, args.metrics_host)
            return 0
        import uvicorn

        from .app import create_app
        from .heap import freeze_start_up_heap

        if args.metrics_port is not None:
            from .metrics import serve_separately

            serve_separately(args.metrics_port, args.metrics_host)
        app = create_app(store.url, store)
        freeze_start_up_heap()
        uvicorn.run(app, host=args.host, port=args.port, log_level="info")
        return 0

    if args.command == "user" and args.action == "add":
        info, token = admin.add_user(store, args.name, args.role, args.team, args.display_name, args.phone,
                                     args.email, args.organisation)
        print(f"created {info.role} '{info.username}' in team '{args.team}' (id {info.id})")
        print("the token below is shown only once; hand it to the user for `wijkdesk login --token-stdin`:")
        print(token)
        return 0
    if args.command == "user" and args.action in ("disable", "enable", "token"):
        from . import users

        if args.action == "disable":
            n = users.disable_user(store, args.name)
            print(f"disabled '{args.name}': sign-in refused; {n} device(s) revoked (they wipe at their next contact)")
        elif args.action == "enable":
            changed = users.enable_user(store, args.name)
            print(f"enabled '{args.name}'" if changed else f"'{args.name}' was not disabled")
        else:
            token = users.replace_token(store, args.name)
            print(f"new token for '{args.name}'; the old one no longer works. Shown only once:")
            print(token)
        return 0
    if args.command == "parked":
        from . import parked

        if args.action == "list":
            for p in parked.list_parked(store):
                print(f"{p['id']}  {p['received_at']:%Y-%m-%d %H:%M}  from {p['username'] or p['user_id']:<16} "
                      f"{p['op']} {p['table_name']} {p['row_id']}  client {p['client_id']}  fields {p['fields']}")
            return 0
        outcome = parked.resolve(store, args.id, args.by, apply=args.action == "apply")
        print(f"parked change {args.id} {outcome}")
        return 0
    if args.command == "audit":
        from .audit import AuditQuery, format_line, list_events

        try:
            events = list_events(store, AuditQuery(args.client, args.user, args.start, args.end))
        except LookupError as exc:
            raise AdminError(str(exc)) from None
        if args.json:
            print(json.dumps(events, ensure_ascii=False, indent=1))
        else:
            for e in events:
                print(format_line(e))
            print(f"{len(events)} event(s)", file=sys.stderr)
        return 0
    if args.command == "user" and args.action == "list":
        rows = admin.list_users(store)
        print(f"{'username':<20} {'role':<11} {'team':<24} {'devices':>7}  display name")
        for r in rows:
            gone = " (deleted)" if r["deleted"] else " (disabled)" if r["disabled"] else ""
            print(f"{r['username']:<20} {r['role']:<11} {r['team'] or '-':<24} {r['devices']:>7}  "
                  f"{r['display_name']}{gone}")
        return 0

    if args.command == "seed-demo":
        from .demo import seed_demo

        res = seed_demo(store, args.coach, args.clients, args.specialist, args.seed, args.team)
        print(f"seeded {res.clients} clients ({res.records} records, {res.placements} placements, "
              f"{res.approach} in an absence-approach group) for coach '{args.coach}'")
        for name, token in res.tokens.items():
            print(f"token {name}: {token}")
        return 0

    if args.command == "instruments":
        from sync.catalogue_csv import CatalogueFileError, read_instruments

        known = admin.taxonomy_codes(store)
        try:
            parsed = read_instruments(args.file, known or None)
        except CatalogueFileError as exc:
            print(f"wijkdesk-server: {exc}", file=sys.stderr)
            print("wijkdesk-server: nothing was imported", file=sys.stderr)
            return 1
        if parsed.errors:
            for e in parsed.errors:
                print(f"{args.file}: {e}", file=sys.stderr)
            print(f"wijkdesk-server: {len(parsed.errors)} error(s); nothing was imported", file=sys.stderr)
            return 1
        inserted, updated = admin.import_instruments(store, (r for _, r in parsed.rows))
        print(f"imported {len(parsed.rows)} instruments: {inserted} new, {updated} changed")
        return 0

    if args.command == "caseload":
        n = admin.transfer_clients(store, args.to, client=args.client, from_coach=args.from_coach)
        print(f"transferred {n} client(s) to '{args.to}'")
        return 0

    if args.command == "deputy":
        if args.action == "add":
            n = admin.add_deputy(store, args.coach, args.deputy)
            print(f"'{args.deputy}' now deputises for '{args.coach}' ({n} records sent)")
        else:
            n = admin.remove_deputy(store, args.coach, args.deputy)
            print(f"'{args.deputy}' no longer deputises for '{args.coach}' ({n} records removed from their devices)")
        return 0

    if args.command == "device" and args.action == "list":
        for d in admin.list_devices(store, args.user):
            state = f"revoked {d['revoked_at']:%Y-%m-%d %H:%M}" if d["revoked_at"] else "active"
            seen = f"{d['last_seen_at']:%Y-%m-%d %H:%M}" if d["last_seen_at"] else "-"
            print(f"{d['id']}  {d['user']:<20} {d['name']:<24} last seen {seen}  {state}")
        return 0
    if args.command == "device" and args.action == "revoke":
        n = admin.revoke_devices(store, args.device_id, args.user)
        print(f"revoked {n} device(s)")
        return 0
    raise AssertionError(f"unhandled command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
