"""`wijkdesk login` and `wijkdesk sync [--json]`."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import platform
import sys

import httpx

from desktop.i18n import translate
from desktop.models.outbox import get_setting, set_setting
from desktop.store import Store
from sync import transport
from sync.client import SyncClient, SyncError
from sync.credentials import load_token, save_token
from sync.protocol import MAX_PULL_PAGE, LoginRequest, LoginResponse

TIMEOUT = transport.TIMEOUT


def run_login(store: Store, args: argparse.Namespace) -> int:
    from desktop.cli import CommandFailed

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


def sign_in(store: Store, http: httpx.Client, username: str, token: str) -> LoginResponse:
    """Register this device with the user's token; keep the device token (keyring) and the server."""
    from desktop.cli import CommandFailed

    with store.db.session() as s:
        device = get_setting(s, "device_id")
        first_sign_in = get_setting(s, "server_url") is None
        local_user = get_setting(s, "user_id")
    body = LoginRequest(username=username, device_id=device, device_name=platform.node()[:120] or "wijkdesk")
    resp = http.post("/auth/login", content=body.model_dump_json(), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    refused_reason = login_refusal(store, resp)
    if refused_reason:
        raise CommandFailed(refused_reason)
    if resp.status_code in (401, 403):
        raise CommandFailed(translate("Sync", "Aanmelden is geweigerd: de naam of het token klopt niet."))
    if resp.status_code >= 400:
        raise CommandFailed(translate("Sync", "Aanmelden is mislukt ({code}).").format(code=resp.status_code))
    answer = LoginResponse.model_validate(resp.json())
    if first_sign_in and local_user and local_user != str(answer.user_id):
        adopt_local_work(store, local_user, str(answer.user_id))
    with store.db.session() as s:
        set_setting(s, "server_url", str(http.base_url).rstrip("/"))
        set_setting(s, "username", username)
        set_setting(s, "user_id", str(answer.user_id))
        set_setting(s, "role", answer.role)
    save_token(store.db, answer.device_token)
    return answer


def login_refusal(store: Store, resp: httpx.Response) -> str | None:
    """The message for a sign-in the central store refused for a reason other than a wrong name or token. A
    revoked device is wiped, as `sync` does (DESIGN §4.8)."""
    try:
        error = resp.json().get("error") if resp.status_code >= 400 else None
    except ValueError:
        error = None
    if resp.status_code == 403 and error == "revoked":
        store.wipe()
        return translate("Sync", "Dit apparaat is ingetrokken door de beheerder. De gegevens op dit apparaat zijn "
                                 "gewist.")
    if resp.status_code == 403 and "disabled" in (resp.json().get("detail") or ""):
        return translate("Sync", "Uw account is geblokkeerd. Neem contact op met de beheerder.")
    if resp.status_code == 429:
        wait = resp.headers.get("Retry-After", "")
        minutes = max(1, -(-int(wait) // 60)) if wait.isdigit() else 15
        return translate("Sync", "Te veel mislukte aanmeldpogingen. Probeer het over {n} minuten opnieuw.").format(
            n=minutes)
    return None


def adopt_local_work(store: Store, local_user: str, user_id: str) -> int:
    """Work done before the first sign-in was done by a local placeholder coach: it becomes the
    signed-in user's, in the rows and in the not yet pushed outbox (nothing of it was ever sent)."""
    from sqlalchemy import select, update

    from desktop.models.entities import AuditEvent, Client, Conversation, OutboxMutation

    owner_fields = ("coach_id", "user_id", "by_user_id")
    with store.db.session() as s:
        s.info["sync_apply"] = True  # the rows are rewritten in place; their inserts are still queued
        for model, column in ((Client, Client.coach_id), (Conversation, Conversation.coach_id),
                              (AuditEvent, AuditEvent.user_id)):
            s.execute(update(model).where(column == local_user).values({column.key: user_id}))
        changed = 0
        for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == "pending")):
            fields = json.loads(m.fields_json)
            if any(fields.get(k) == local_user for k in owner_fields):
                m.fields_json = json.dumps({k: (user_id if k in owner_fields and v == local_user else v)
                                            for k, v in fields.items()}, ensure_ascii=False)
                changed += 1
    return changed


def make_client(store: Store, http: httpx.Client | None = None, **kw: object) -> tuple[SyncClient, httpx.Client]:
    from desktop.cli import CommandFailed

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
