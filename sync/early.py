"""A restore's first pages, asked for while the process is still starting.

A `wijkdesk sync` that will restore everything spends its first part importing SQLAlchemy, the ORM mapping,
pydantic and httpx; the central store meanwhile has nothing to do. The start-up probe
(desktop/commands/sync_probe.py), which reads the local file with the bare driver, sees when the sync can
only be a full restore from the start (no cursor, nothing pending, nothing pushed, no restore under way) and
starts this thread: it asks for the pages with the standard library's HTTP client and keeps a bounded number
of answers. The restore (sync/device/restore.py) takes them over when it starts at cursor 0 against the same
store with the same token and epoch; anything else (an error, another answer than 200) ends the early fetch,
and the restore goes on by itself from the last page it took. Only the standard library is imported here.
"""

from __future__ import annotations

import http.client
import queue
import ssl
import threading
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import orjson

from sync.loopback import is_loopback

EARLY_PAGES = 8  # answers kept waiting (a full page is about 1.2 MB of JSON)
MAX_PULL_PAGE = 2000  # as sync.protocol (tests/sync/test_sync_probe.py checks it)
EPOCH_HEADER = "X-Wijkdesk-Epoch"  # as sync.protocol (not imported here: it loads pydantic)


@dataclass
class Page:
    body: bytes  # kept as text: a parsed page takes many times the memory
    epoch: str | None


@dataclass
class EarlyPull:
    server: str
    token: str
    limit: int
    pages: queue.Queue[Page | None] = field(default_factory=lambda: queue.Queue(maxsize=EARLY_PAGES))
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def run(self, schema: str, context: ssl.SSLContext | None) -> None:
        try:
            url = urlsplit(self.server)
            if url.scheme == "https":
                conn: http.client.HTTPConnection = http.client.HTTPSConnection(url.hostname or "", url.port,
                                                                              timeout=30, context=context)
            else:
                conn = http.client.HTTPConnection(url.hostname or "", url.port, timeout=30)
            headers = {"Authorization": f"Bearer {self.token}", "X-Wijkdesk-Schema": schema}
            cursor = 0
            try:
                while not self.stop.is_set():
                    query = {"limit": self.limit, "counts": 0, **({"cursor": cursor} if cursor else {})}
                    conn.request("GET", f"{url.path.rstrip('/')}/sync/pull?{urlencode(query)}", headers=headers)
                    resp = conn.getresponse()
                    body = resp.read()
                    if resp.status != 200:
                        return
                    self._put(Page(body, resp.getheader(EPOCH_HEADER)))
                    cursor, more = _where_next(body)
                    if not more:
                        return
            finally:
                conn.close()
        except Exception:  # noqa: BLE001 - the restore asks again itself, and reports errors
            return
        finally:
            self._put(None)  # the end of what came early

    def _put(self, item: Page | None) -> None:
        while not self.stop.is_set():
            try:
                self.pages.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join()


def _where_next(body: bytes) -> tuple[int, bool]:
    """The cursor and has_more of a page: read from its end, where the store writes them (server/pull.py)."""
    tail = body[-200:]
    try:
        at = tail.rindex(b'"cursor":')
        cursor, more = tail[at + 9:].split(b',"has_more":', 1)
        return int(cursor), more.startswith(b"true")
    except ValueError:
        page = orjson.loads(body)
        return int(page["cursor"]), page["has_more"] is True


_started: EarlyPull | None = None


def start(server: str, token: str, schema: str, limit: int, ca_bundle: str | None = None) -> None:
    """Begin asking for a full restore's pages (see the module's text)."""
    global _started
    if _started is not None:  # one not taken (the sync ended before its restore): it stops
        _started.close()
        _started = None
    url = urlsplit(server)
    if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.hostname or "")):
        return  # a token travels only as sync/transport.py allows it
    context = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else None
    early = EarlyPull(server.rstrip("/"), token, limit)
    early.thread = threading.Thread(target=early.run, args=(schema, context), name="wijkdesk-early-pull",
                                    daemon=True)
    early.thread.start()
    _started = early


def take(server: str, token: str) -> EarlyPull | None:
    """The early pages for this store and token, once; None when there are none (any other caller stops them)."""
    global _started
    early, _started = _started, None
    if early is None:
        return None
    if early.server != server.rstrip("/") or early.token != token:
        early.close()
        return None
    return early
