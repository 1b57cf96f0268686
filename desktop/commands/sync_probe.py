"""`wijkdesk sync` when there is nothing to do, answered with the database driver and one plain request.

A first sync that can only be a full restore begins it here, in a process of its own (sync/early.py).

Most syncs find nothing: no pending change here, nothing new in scope on the central store. Loading
SQLAlchemy, the ORM mapping, pydantic and httpx for that costs several times the sync itself, so the
command first asks the cheap question: open the file with the SQLCipher driver (the key from the keyring,
unwrapped once), read the cursor and the outbox, and ask the central store for one change after the
cursor (`limit=1`, own changes left out). Only an empty answer with nothing pending is handled here (the
cursor moved on past changes outside this device's scope is stored); anything else — a pending change,
a change on the server, a first sync, a restore left half-way, an integrity check due, any error or an
unexpected answer — returns None and the full sync (sync/client.py, sync/device/) runs, which also reports errors.
"""

from __future__ import annotations

import http.client
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from desktop.i18n import translate

INTEGRITY_EVERY_SECONDS = 15 * 60  # as sync.client: then the full sync compares the row counts
SETTINGS = ("sync_cursor", "server_url", "device_id", "device_token", "schema_version", "role", "user_id",
            "max_push_batch", "integrity_checked_at", "recovering_from_restore", "ca_bundle")


@dataclass
class Quiet:
    """A sync that found nothing to do (the fields of `sync --json`)."""

    seconds: float

    def report(self, as_json: bool) -> int:
        out = {"pushed": 0, "applied": 0, "conflicts": 0, "rejected": 0, "pulled": 0, "removed": 0,
               "seconds": round(self.seconds, 3), "pending": 0, "restored": False}
        if as_json:
            print(json.dumps(out, ensure_ascii=False))
        else:
            print(translate("Sync", "Verstuurd: {pushed} (verwerkt {applied}, conflicten {conflicts}, geweigerd "
                                    "{rejected}); ontvangen: {pulled}, verwijderd: {removed}; {seconds:.2f} s.")
                  .format(**out))
        return 0


def nothing_to_do(data_dir: str | None) -> Quiet | None:
    """A Quiet result when this device and the central store have nothing to exchange, else None."""
    started = time.perf_counter()
    try:
        return _probe(data_dir, started)
    except Exception:  # noqa: BLE001 - any doubt: the full sync decides, and reports
        return None


def _probe(data_dir: str | None, started: float) -> Quiet | None:
    from desktop.models.keystore import hand_over, load_or_create_key
    from desktop.models.revisions import known_head
    from desktop.paths import Paths

    paths = Paths.resolve(data_dir)
    db_file = paths.database
    if not db_file.exists() or db_file.with_name(db_file.name + ".restore").exists():
        return None
    key = load_or_create_key(paths.data_dir)  # raises without a key: the full path says why
    hand_over(paths.data_dir, key)  # the full sync, if it runs, does not unlock again
    import sqlcipher3

    conn = sqlcipher3.connect(str(db_file), timeout=5, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
        if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (known_head(),):
            return None  # a migration to run: the full path does it
        marks = ",".join("?" * len(SETTINGS))
        settings = dict(conn.execute(f"SELECT key, value FROM local_setting WHERE key IN ({marks})", SETTINGS))
        if conn.execute("SELECT 1 FROM outbox WHERE state = 'pending' LIMIT 1").fetchone():
            return None
        if settings.get("sync_cursor") is None:
            _start_early_restore(conn, settings, key, db_file.with_name(db_file.name + ".restore"))
            return None
        if any(settings.get(k) is None for k in ("sync_cursor", "server_url", "device_id", "role", "user_id",
                                                  "max_push_batch")):
            return None
        from sync import clock

        checked = settings.get("integrity_checked_at")
        if checked is None or clock.now_utc().timestamp() - float(checked) > INTEGRITY_EVERY_SECONDS:
            return None
        token = settings.get("device_token")
        if not token:
            from sync.credentials import keyring_token
            token = keyring_token(settings["device_id"])
        if not token:
            return None
        cursor = int(settings["sync_cursor"])
        page = _first_change(settings["server_url"], token, settings.get("schema_version") or "0", cursor)
        if page is None or page.get("changes") or page.get("has_more") is not False:
            return None
        top = page.get("cursor")
        if type(top) is not int or top < cursor:
            return None
        if top != cursor:  # changes outside this device's scope (or its own) went by: move past them
            conn.execute("UPDATE local_setting SET value = ? WHERE key = 'sync_cursor' AND value = ?",
                         (str(top), settings["sync_cursor"]))
        conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES ('last_synced_at', ?)",
                     (clock.now_utc().isoformat(timespec="seconds"),))  # as sync.client.LAST_SYNCED
    finally:
        conn.close()
    return Quiet(time.perf_counter() - started)


def _start_early_restore(conn: Any, settings: dict[str, str], key: bytes, target: Path) -> None:
    """A first sync with nothing pending and nothing pushed is a full restore: it begins now, in a process of
    its own, while the rest of the program loads (sync/early.py). Not when the sync could be anything else."""
    import os

    if settings.get("recovering_from_restore") is not None or not settings.get("server_url"):
        return
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in tables:
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
        if "version" in columns and conn.execute(f'SELECT 1 FROM "{name}" WHERE version > 0 LIMIT 1').fetchone():
            return  # its own pushed rows: the sync pulls into this file instead
    token = settings.get("device_token")
    if not token and settings.get("device_id"):
        from sync.credentials import keyring_token
        token = keyring_token(settings["device_id"])
    if not token:
        return
    from sync import early

    page = os.environ.get("WIJKDESK_SYNC_PAGE_SIZE", "")  # as desktop.commands.syncing
    limit = max(1, min(int(page), early.MAX_PULL_PAGE)) if page.isdigit() else early.MAX_PULL_PAGE
    early.start(target, key, settings["server_url"], token, settings.get("schema_version") or "0", limit,
                os.environ.get("WIJKDESK_CA_BUNDLE") or settings.get("ca_bundle"))


def _first_change(server: str, token: str, schema: str, cursor: int) -> dict | None:
    url = urlsplit(server)
    kind = {"http": http.client.HTTPConnection, "https": http.client.HTTPSConnection}.get(url.scheme)
    if kind is None or not url.hostname:
        return None
    query = urlencode({"cursor": cursor, "limit": 1, "counts": 0, "skip_own": 1})
    conn = kind(url.hostname, url.port, timeout=10)
    try:
        conn.request("GET", f"{url.path.rstrip('/')}/sync/pull?{query}",
                     headers={"Authorization": f"Bearer {token}", "X-Wijkdesk-Schema": schema})
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            return None
    finally:
        conn.close()
    page = json.loads(body)
    return page if isinstance(page, dict) else None


if __name__ == "__main__":  # pragma: no cover - a manual check
    sys.exit(0 if nothing_to_do(sys.argv[1] if len(sys.argv) > 1 else None) else 1)
