"""`wijkdesk login` and `wijkdesk sync [--json]`. Signing in itself is desktop/services/sign_in.py (the window's
sign-in dialog and the demo use it too)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

import httpx

from desktop.errors import CommandFailed
from desktop.i18n import translate
from desktop.models.outbox import get_setting, set_setting
from desktop.services.sign_in import adopt_local_work, login_refusal, sign_in  # noqa: F401 - old import path
from desktop.store import Store
from sync import transport
from sync.client import SyncClient, SyncError
from sync.contract import MAX_PULL_PAGE
from sync.credentials import load_token

TIMEOUT = transport.TIMEOUT


def run_login(store: Store, args: argparse.Namespace) -> int:
    server = args.server.rstrip("/")
    problem = transport.url_problem(server)
    ca_bundle = getattr(args, "ca_bundle", None)
    if ca_bundle:
        ca_bundle = os.path.abspath(ca_bundle)
        problem = problem or transport.ca_bundle_problem(ca_bundle)
    if problem:
        raise CommandFailed(problem)
    token = sys.stdin.readline().strip() if args.token_stdin else getpass.getpass(translate("Sync", "Token: "))
    if not token:
        raise CommandFailed(translate("Sync", "Er is geen token gegeven."))
    try:
        with transport.client(server, ca_bundle) as http:
            sign_in(store, http, args.user, token)
        if ca_bundle:
            with store.db.session() as s:
                set_setting(s, "ca_bundle", ca_bundle)
    except httpx.TransportError as exc:
        raise CommandFailed(translate("Sync", "De centrale opslag op {url} is niet bereikbaar.").format(
            url=server)) from exc
    print(translate("Sync", "Aangemeld als {user} bij {url}.").format(user=args.user, url=server))
    return 0


def make_client(store: Store, http: httpx.Client | None = None, **kw: object) -> tuple[SyncClient, httpx.Client]:
    with store.db.session() as s:
        server = get_setting(s, "server_url")
        ca_bundle = get_setting(s, "ca_bundle")
    token = load_token(store.db)
    if not server or not token:
        raise CommandFailed(translate(
            "Sync", "Dit apparaat is nog niet aangemeld. Gebruik eerst: wijkdesk login --server URL --user NAAM "
                    "--token-stdin"))
    if http is None:
        try:
            http = transport.client(server, ca_bundle)
        except ValueError as exc:  # an http:// address stored by an older version
            raise CommandFailed(str(exc)) from None
    page = os.environ.get("WIJKDESK_SYNC_PAGE_SIZE")  # smaller pages on a slow line (and in tests)
    if page and page.isdigit() and "page_size" not in kw:
        kw["page_size"] = max(1, min(int(page), MAX_PULL_PAGE))
    return SyncClient(store.db, http, token, backups=store.paths.backups, on_revoked=store.wipe, **kw), http


def run_sync(store: Store, args: argparse.Namespace) -> int:
    client, http = make_client(store)
    try:
        with http:
            result = client.sync()
    except SyncError as exc:
        if args.json:
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        print(str(exc), file=sys.stderr)
        return 1
    if args.json:
        out = result.as_json()
        print(json.dumps({k: out[k] for k in ("pushed", "applied", "conflicts", "rejected", "pulled", "removed",
                                              "seconds", "pending", "restored")}, ensure_ascii=False))
    else:
        print(translate("Sync", "Verstuurd: {pushed} (verwerkt {applied}, conflicten {conflicts}, geweigerd "
                                "{rejected}); ontvangen: {pulled}, verwijderd: {removed}; {seconds:.2f} s.").format(
            **result.as_json()))
    if result.rejected:
        print(translate("Sync", "{n} wijziging(en) zijn geweigerd; bekijk ze in Wijkdesk.").format(
            n=result.rejected), file=sys.stderr)
    return 0 if result.pending == 0 and result.rejected == 0 else 1
