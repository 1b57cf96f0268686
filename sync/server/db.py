"""Engine set-up and the kinds of transaction the central store runs.

The pull's contract: once a reader sees the change counter at M, every change numbered <= M is
committed. Writers keep it by holding the counter's row lock from the moment they take numbers until
they commit, so numbers are handed out and committed in the same order.

Admin commands go through `Store.write()`: it locks the change counter first (PostgreSQL: SELECT ...
FOR UPDATE, after the exclusive STORE_LOCK_KEY so no push is being decided meanwhile; SQLite: BEGIN
IMMEDIATE takes the database write lock) and holds that lock until commit.

Pushes go through `Store.push()`. On PostgreSQL several are decided at once (the shared STORE_LOCK_KEY;
the records they change are row-locked by push.py): a push numbers its changes provisionally
(`PushSeq`), and only at the end takes the counter (`PushSeq.claim`: one UPDATE ... RETURNING), writes
the numbered rows and commits. The counter lock is held only for that last step, not for the loading,
validation and policy checks. On SQLite the push holds the write lock throughout, as before.

Readers (pull) go through `Store.read()`: one snapshot (PostgreSQL REPEATABLE READ; SQLite a
deferred transaction in WAL mode) so the counter, the page and the counts agree.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, event, insert, make_url, select, update
from sqlalchemy.pool import StaticPool

from .models import CHANGE_COUNTER, T_COUNTER

log = logging.getLogger(__name__)

# PostgreSQL advisory lock key of the statistics refresh (any fixed 64-bit number unique to it in this db).
ANALYZE_LOCK_KEY = 0x57494A4B_414E4C5A  # "WIJK" "ANLZ"
# Pushes hold it shared while they are decided, admin writes exclusively: an admin command (a caseload
# transfer, a deputyship) never changes what a push in progress has decided on.
STORE_LOCK_KEY = 0x57494A4B_53544F52  # "WIJK" "STOR"


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def create_private(url: str) -> None:
    """A SQLite central store's file is created readable by its owner only (0600); SQLite gives its -wal and
    -shm files the same mode."""
    path = make_url(url).database
    if not path or path == ":memory:" or os.path.exists(path):
        return
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


SQLITE_PAGE_SIZE = 16384


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        if not memory:
            create_private(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               poolclass=StaticPool if memory else None, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            if not memory:
                # A new store gets 16 KiB pages (an existing one keeps its own: WAL mode cannot change it). A push
                # batch's random ids dirty most leaves of the record index; each commit writes them to the WAL
                # a page at a time, and four times fewer, larger pages made a first push's store work 10 % faster.
                cur.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            # A push batch dirties thousands of index pages (random UUID keys): a 64 MiB page cache keeps
            # them in memory, and checkpointing every 20,000 WAL pages (80 MiB) instead of 1000 means a
            # checkpoint (and its fsyncs) every dozen or so commits; pages rewritten meanwhile are copied once.
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA wal_autocheckpoint=20000")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

        return engine
    # hide_parameters: a failing statement's values (BSNs, names, token hashes) never reach an error message or log.
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.driver == "psycopg":
        from psycopg.types.array import ListBinaryDumper

        @event.listens_for(engine, "connect")
        def _binary_lists(dbapi_conn, _record) -> None:  # noqa: ANN001
            # A list parameter (records.among: up to 1,000 ids per lookup) goes to the server in the binary
            # format: psycopg writes the text format element by element in Python, about 1 ms per 1,000 ids,
            # several times per push; the binary one a quarter of that.
            dbapi_conn.adapters.register_dumper(list, ListBinaryDumper)
    return engine


class SeqAllocator:
    """Hands out change numbers inside one locked write transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        stmt = select(T_COUNTER.c.value).where(T_COUNTER.c.name == CHANGE_COUNTER).with_for_update()
        value = conn.execute(stmt).scalar_one_or_none()
        if value is None:
            raise RuntimeError("the change counter is missing: run `wijkdesk-server migrate`")
        self.start = self.value = int(value)

    def next(self) -> int:
        self.value += 1
        return self.value

    def flush(self) -> None:
        if self.value != self.start:
            self.conn.execute(update(T_COUNTER).where(T_COUNTER.c.name == CHANGE_COUNTER)
                              .values(value=self.value))
            self.start = self.value


class PushSeq:
    """A push's change numbers: provisional (1, 2, ...) while it is decided, made final by `claim`, which
    takes the next block of real numbers from the counter (row-locked until commit: see the module)."""

    def __init__(self) -> None:
        self.value = 0
        self.base: int | None = None

    def next(self) -> int:
        if self.base is not None:
            raise RuntimeError("change numbers were already claimed")
        self.value += 1
        return self.value

    def claim(self, conn: Connection) -> int:
        """Take `value` numbers from the counter; returns the offset that makes a provisional number real."""
        if self.base is None:
            self.base = 0
            if self.value:
                stmt = (update(T_COUNTER).where(T_COUNTER.c.name == CHANGE_COUNTER)
                        .values(value=T_COUNTER.c.value + self.value).returning(T_COUNTER.c.value))
                top = conn.execute(stmt).scalar_one_or_none()
                if top is None:
                    raise RuntimeError("the change counter is missing: run `wijkdesk-server migrate`")
                self.base = int(top) - self.value
        return self.base


Numbers = SeqAllocator | PushSeq  # what hands out change numbers to records.Rec.stamp


class Store:
    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = normalise_url(url)
        self.engine = engine or make_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._analyzed_at: int | None = None  # records in the table when this process last ran ANALYZE
        self._grown = 0
        self._analyze_lock = threading.Lock()  # this process; ANALYZE_LOCK_KEY across processes
        self.analyze_runs = 0  # refreshes this process ran (tests)

    def grew(self, records: int) -> None:
        """Note `records` new records; on PostgreSQL, refresh the planner's statistics (VACUUM ANALYZE, in the
        background) each time the table has doubled since the last time. A central store filled quickly (a caseload's first push)
        otherwise keeps the estimate of an almost empty table until autovacuum comes round, and PostgreSQL
        then reads every row of a table to find 500 keys instead of looking them up (15 ms → 1 ms). The
        mutation ids (applied_mutation) grow with it and are refreshed with it."""
        if self.is_sqlite or records <= 0:
            return
        self._grown += records
        if self._analyzed_at is not None and self._grown < max(2000, self._analyzed_at):
            return
        if not self._analyze_lock.acquire(blocking=False):
            return  # they are being refreshed right now
        self._grown = 0
        # In the background: the push that crossed the line need not wait for it.
        threading.Thread(target=self._analyze, name="wijkdesk-analyze", daemon=True).start()

    def _analyze(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                # Several server processes share the table: one refresh at a time across all of them (a
                # session-level advisory lock, released below or when the connection dies), and none when
                # another process refreshed since the table last doubled.
                if not conn.exec_driver_sql("SELECT pg_try_advisory_lock(%s)", (ANALYZE_LOCK_KEY,)).scalar():
                    return
                try:
                    size, changed = conn.exec_driver_sql(
                        "SELECT c.reltuples, s.n_mod_since_analyze FROM pg_class c "
                        "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = 'record' "
                        "AND c.relnamespace = to_regnamespace(current_schema())").one()
                    if size is not None and size >= 0 and (changed or 0) < max(2000, size):  # -1: never analyzed
                        self._analyzed_at = int(size)  # another process has just done it
                        return
                    # VACUUM marks the pages all-visible, so a pull finds a coach's clients from the owner index
                    # alone (index-only scan) instead of visiting each client row. Statistics only for the
                    # columns lookups filter on: those over the JSON columns would cost most of the work.
                    conn.exec_driver_sql("VACUUM (ANALYZE) record (table_name, row_id, client_id, owner_id, seq, "
                                         "deleted_at)")
                    conn.exec_driver_sql("ANALYZE applied_mutation (mutation_id)")
                    self._analyzed_at = int(conn.exec_driver_sql(
                        "SELECT reltuples FROM pg_class WHERE relname = 'record'").scalar() or 0)
                    self.analyze_runs += 1
                finally:
                    conn.exec_driver_sql("SELECT pg_advisory_unlock(%s)", (ANALYZE_LOCK_KEY,))
        except Exception:  # noqa: BLE001 - statistics are an optimisation; autovacuum does it later anyway
            log.warning("ANALYZE of the central store failed", exc_info=True)
        finally:
            self._analyze_lock.release()

    @contextmanager
    def write(self) -> Iterator[tuple[Connection, SeqAllocator]]:
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                if not self.is_sqlite:
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (STORE_LOCK_KEY,))
                seq = SeqAllocator(conn)
                yield conn, seq
                seq.flush()

    @contextmanager
    def push(self) -> Iterator[tuple[Connection, PushSeq]]:
        """A push's transaction; the caller calls `seq.claim(conn)` before it writes numbered rows."""
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                if not self.is_sqlite:
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock_shared(%s)", (STORE_LOCK_KEY,))
                seq = PushSeq()
                yield conn, seq
                seq.claim(conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if not self.is_sqlite:
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextmanager
    def plain(self, write: bool = False) -> Iterator[Connection]:
        """A short transaction that does not touch the change sequence (auth, device bookkeeping).

        write: it will write. SQLite then takes the write lock up front (BEGIN IMMEDIATE, waiting up to the busy
        timeout): a deferred transaction that reads and then writes cannot wait for the lock and fails at once
        with "database is locked" when another writer got in between (concurrent sign-ins)."""
        with self.engine.connect() as conn:
            if write:
                conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        # A statistics refresh still running (grew) would lose its connection mid-statement: let it finish.
        if self._analyze_lock.acquire(timeout=60):
            self._analyze_lock.release()
        self.engine.dispose()


def ensure_counter(conn: Connection) -> None:
    if conn.execute(select(T_COUNTER.c.value).where(T_COUNTER.c.name == CHANGE_COUNTER)).first() is None:
        conn.execute(insert(T_COUNTER).values(name=CHANGE_COUNTER, value=0))
