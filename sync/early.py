"""A first sync's restore, begun while the process is still starting.

A `wijkdesk sync` that will restore everything spends its first part importing SQLAlchemy, the ORM mapping,
pydantic and httpx; writing the pages into the new file took as long again after that. The start-up probe
(desktop/commands/sync_probe.py), which reads the local file with the bare driver, sees when the sync can
only be a full restore from the start (no cursor, nothing pending, nothing pushed, no restore under way) and
starts the early restore: a process of its own (sync/early_restore.py) that makes the restore file, asks
for the pages and writes them, on the machine's other core, while this one loads. A thread would not do:
the loading holds the interpreter lock, and SQLite's short steps between it would wait for it each time.

The full restore (sync/device/restore.py) then calls `finish` before it opens the restore file: it waits
for the early restore of the same store and token and goes on from the cursor that one committed, as it
goes on from any restore stopped half-way; one for another store or token is stopped and its file
removed. A sync that ends without a restore (an error, a revoked device) stops it with `stop`; so does the
end of this process, by closing the pipe the early restore watches. Only the standard library is imported here.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sync.loopback import is_loopback

log = logging.getLogger("sync.early")
MAX_PULL_PAGE = 2000  # as sync.protocol (tests/sync/test_restore_pipeline.py checks it)
EARLY_ARG = "--wijkdesk-early-restore"  # the packaged app's executable runs sync/early_restore.py with it
WAIT_SECONDS = 300  # a restore that has not ended by then is stopped; the full restore goes on from it


@dataclass
class EarlyRestore:
    server: str
    token: str
    target: Path
    proc: subprocess.Popen[bytes]
    began: float  # time.perf_counter() at its start

    def stop(self) -> None:
        """Ask it to end (it keeps what it committed) and wait until it has."""
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def remove(self) -> None:
        from sync.device.restore_rows import remove_file

        remove_file(self.target)


_started: EarlyRestore | None = None


def command() -> list[str]:
    """How this program runs sync/early_restore.py: the packaged app has no `python -m`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, EARLY_ARG]
    return [sys.executable, "-m", "sync.early_restore"]


def child_env() -> dict[str, str]:
    """This process's environment without the passphrase: the early restore gets the key itself, on its pipe."""
    return {name: value for name, value in os.environ.items() if name != "WIJKDESK_PASSPHRASE"}


def start(target: Path, key: bytes, server: str, token: str, schema: str, limit: int,
          ca_bundle: str | None = None) -> None:
    """Begin the restore into `target` (see the module's text)."""
    global _started
    stop()
    url = urlsplit(server)
    if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.hostname or "")):
        return  # a token travels only as sync/transport.py allows it
    if target.exists():
        return  # a restore under way: the full restore goes on from it
    from sync import clock

    config = {"target": str(target), "key": key.hex(), "server": server.rstrip("/"), "token": token,
              "schema": schema, "limit": limit, "ca_bundle": ca_bundle,
              "now": clock.utcnow().isoformat()}  # the rows' updated_at: this process's one clock, not the child's
    began = time.perf_counter()
    try:
        proc = subprocess.Popen(command(), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=child_env())
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(config).encode() + b"\n")  # on a pipe: no key or token in a process list
        proc.stdin.flush()
    except (OSError, ValueError):  # no interpreter to start (an embedded one): the full restore does it all
        return
    _started = EarlyRestore(server.rstrip("/"), token, target, proc, began)


def finish(server: str, token: str, target: Path) -> float | None:
    """Before the full restore into `target` opens it: when an early restore for this store and token wrote it,
    wait until it has ended and say when it began (time.perf_counter()); one for anything else is stopped and
    what it wrote removed (None)."""
    global _started
    early, _started = _started, None
    if early is None:
        return None
    if early.server != server.rstrip("/") or early.token != token or early.target.resolve() != target.resolve():
        early.stop()
        early.remove()
        return None
    try:
        early.proc.wait(timeout=WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        log.warning("the early restore took longer than %s s; stopped, the restore goes on from it", WAIT_SECONDS)
    early.stop()
    log.info("early restore ended (exit code %s)", early.proc.returncode)
    return early.began


def stop() -> None:
    """End an early restore that was not taken (what it committed stays: the next sync goes on from it)."""
    global _started
    early, _started = _started, None
    if early is not None:
        early.stop()


atexit.register(stop)
