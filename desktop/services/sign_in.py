"""Sign this device in to the central store with a user's token (DESIGN §4): the CLI's `wijkdesk login`, the
window's sign-in dialog and the demo start all call `sign_in`. Qt-free; the caller owns the HTTP client."""

from __future__ import annotations

import json
import logging
import platform
from typing import TYPE_CHECKING

import httpx

from desktop.errors import CommandFailed
from desktop.i18n import translate
from desktop.models.outbox import get_setting, set_setting
from sync.credentials import save_token

if TYPE_CHECKING:
    from desktop.store import Store
    from sync.protocol import LoginResponse

log = logging.getLogger(__name__)


def sign_in(store: Store, http: httpx.Client, username: str, token: str) -> LoginResponse:
    """Register this device with the user's token; keep the device token (keyring) and the server."""
    # Imported here: `wijkdesk sync` imports this module and needs no pydantic.
    from sync.protocol import LoginRequest, LoginResponse

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
    handshake_now(store, http, answer.device_token)
    return answer


def handshake_now(store: Store, http: httpx.Client, device_token: str) -> None:
    """The handshake right after signing in: it names the user's team, so the work made offline before now
    is filed under that team and the signed-in identity here, as this device learns them, instead of at the
    start of the first sync (sync/adopt_team.py; 50,000 queued changes take a few tenths of a second).
    Best effort: the first sync shakes hands again and adopts whatever is left."""
    from sync.client import SyncClient
    from sync.device.base import SyncError
    from sync.restored import StoreRestored

    try:
        SyncClient(store.db, http, device_token, backups=store.paths.backups, retries=0,
                   on_revoked=store.wipe).handshake()
    except (SyncError, StoreRestored, httpx.HTTPError) as exc:  # SyncError: also a malformed answer
        log.info("no handshake after signing in (%s); the first sync shakes hands", type(exc).__name__)


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
