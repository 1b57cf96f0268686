"""The early restore: a first sync's pages written into the restore file by a process of its own, while the
`wijkdesk` process that started it is still loading (sync/early.py starts it; see there for when).

Started as `python -m sync.early_restore` (or by the packaged app's own executable), it reads one line of
JSON from stdin — the restore file to make, its key, the store's address, the device token, the schema
version, the page size, a CA bundle, the starting process's time (its one clock, sync/clock.py) — and nothing
from its command line or environment, so neither key nor token shows in a process list. It then makes the
restore file (with restore_sql.py's statements, in one transaction), asks for the pages from the start and
writes them with restore_rows.py, committing every few pages with the cursor — exactly the state a restore
that was stopped half-way leaves, which the full restore in the parent (sync/device/restore.py) goes on from.
It stops, keeping what it committed, when its stdin closes (the parent asks it to, or the parent is gone), at
another answer than 200, at a second epoch, or at any error: the parent's restore then asks again itself and
reports. Only the standard library, orjson and the SQLCipher driver are loaded here.
"""

from __future__ import annotations

import gc
import http.client
import json
import os
import queue
import ssl
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import orjson

EPOCH_HEADER = "X-Wijkdesk-Epoch"  # as sync.contract (not imported here: every import is start-up time)
FETCH_AHEAD = 2  # pages asked for while the ones before are written


def main() -> int:
    gc.disable()  # a short process: its pages go with their reference counts
    if hasattr(os, "nice"):  # the starting `wijkdesk` is the one to wait for: it goes first on a busy core
        os.nice(10)
    fd = sys.stdin.fileno()
    if os.isatty(fd):  # typed by hand: this is for `wijkdesk sync` to start, with its settings on a pipe
        print("wijkdesk: --wijkdesk-early-restore is started by `wijkdesk sync` itself.", file=sys.stderr)
        return 2
    config = json.loads(read_line(fd))
    stop = threading.Event()

    def watch() -> None:  # the parent closes the pipe, or is gone
        while os.read(fd, 4096):  # the bare descriptor: a thread in sys.stdin would hold up this process's end
            pass
        stop.set()

    threading.Thread(target=watch, name="wijkdesk-early-watch", daemon=True).start()
    target = Path(config["target"])
    try:  # a file of its own, never one a restore left: the parent's restore goes on from that one itself
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        return 3
    committed = [0]
    code = 0
    try:
        write(target, bytes.fromhex(config["key"]), config, stop, committed)
    except Exception:  # noqa: BLE001 - what is committed stays; the parent's restore asks again and reports
        code = 1
    if not committed[0]:  # nothing (the store out of reach, say): no file, so the next sync begins early too
        from sync.device.restore_rows import remove_file

        remove_file(target)
    return code


def read_line(fd: int) -> bytes:
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        line += chunk
    return line


def write(target: Path, key: bytes, config: dict[str, Any], stop: threading.Event, committed: list[int]) -> None:
    """The pages into `target`; `committed[0]` counts those committed (an error raises, they stay)."""
    import sqlcipher3

    from sync.device.restore_rows import COMMIT_PAGES, SQL_DATETIME, create_schema, prepare, write_changes

    conn = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536", "wal_autocheckpoint=0"):
            conn.execute(f"PRAGMA {pragma}")  # as desktop/models/db.py opens a restore file
        prepare(conn)
        cur = conn.cursor()
        cur.execute("BEGIN")
        create_schema(cur)
        cur.execute("COMMIT")
        pages = Fetcher(config, stop)
        now = datetime.fromisoformat(config["now"]).strftime(SQL_DATETIME)  # the starting process's clock
        epoch = None
        pulled = removed = written = 0
        cur.execute("BEGIN")
        try:
            while not stop.is_set():
                item = pages.next()
                if item is None:
                    break
                body, page_epoch = item
                epoch = epoch or page_epoch
                if page_epoch != epoch:
                    break  # the store was restored meanwhile: the parent finds out and starts again
                page = orjson.loads(body)
                if not (isinstance(page.get("changes"), list) and type(page.get("cursor")) is int
                        and isinstance(page.get("has_more"), bool)):
                    break
                w, r = write_changes(cur, page["changes"], now)
                pulled, removed, written = pulled + w, removed + r, written + 1
                if written % COMMIT_PAGES == 0 or not page["has_more"]:
                    settings = {"sync_cursor": page["cursor"], "restore_epoch": epoch or "",
                                "restore_pulled": pulled, "restore_removed": removed}
                    cur.executemany("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                                    [(k, str(v)) for k, v in settings.items()])
                    cur.execute("COMMIT")
                    committed[0] = written
                    cur.execute("BEGIN")
                if not page["has_more"]:
                    break
        finally:
            pages.close()
            if conn.in_transaction:
                cur.execute("ROLLBACK")  # pages after the last commit: asked for again by the parent
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # done here, beside the parent, not after it
    finally:
        conn.close()


class Fetcher:
    """The pages from the start, each asked for by a thread while the ones before are written."""

    def __init__(self, config: dict[str, Any], stop: threading.Event) -> None:
        self.config, self.stop = config, stop
        self.ready: queue.Queue[tuple[bytes, str | None] | None] = queue.Queue(maxsize=FETCH_AHEAD)
        self.thread = threading.Thread(target=self.run, name="wijkdesk-early-fetch", daemon=True)
        self.thread.start()

    def next(self) -> tuple[bytes, str | None] | None:
        while not self.stop.is_set():
            try:
                return self.ready.get(timeout=0.1)
            except queue.Empty:
                continue
        return None

    def close(self) -> None:
        self.stop.set()

    def _put(self, item: tuple[bytes, str | None] | None) -> None:
        while not self.stop.is_set():
            try:
                self.ready.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def run(self) -> None:
        config = self.config
        try:
            url = urlsplit(config["server"])
            if url.scheme == "https":
                context = ssl.create_default_context(cafile=config.get("ca_bundle") or None)
                conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                    url.hostname or "", url.port, timeout=30, context=context)
            else:
                conn = http.client.HTTPConnection(url.hostname or "", url.port, timeout=30)
            headers = {"Authorization": f"Bearer {config['token']}", "X-Wijkdesk-Schema": config["schema"]}
            cursor = 0
            try:
                while not self.stop.is_set():
                    query = {"limit": config["limit"], "counts": 0, **({"cursor": cursor} if cursor else {})}
                    conn.request("GET", f"{url.path.rstrip('/')}/sync/pull?{urlencode(query)}", headers=headers)
                    resp = conn.getresponse()
                    body = resp.read()
                    if resp.status != 200:
                        return
                    self._put((body, resp.getheader(EPOCH_HEADER)))
                    cursor, more = where_next(body)
                    if not more:
                        return
            finally:
                conn.close()
        except Exception:  # noqa: BLE001 - the end of the early pages; the parent asks again
            return
        finally:
            self._put(None)


def where_next(body: bytes) -> tuple[int, bool]:
    """The cursor and has_more of a page: read from its end, where the store writes them (server/pull.py)."""
    tail = body[-200:]
    try:
        at = tail.rindex(b'"cursor":')
        cursor, more = tail[at + 9:].split(b',"has_more":', 1)
        return int(cursor), more.startswith(b"true")
    except ValueError:
        page = orjson.loads(body)
        return int(page["cursor"]), page["has_more"] is True


if __name__ == "__main__":
    sys.exit(main())
