"""Engine and session setup for the encrypted local store (SQLCipher, WAL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.i18n import translate

from .keystore import UnlockError
from .outbox import install_outbox

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse a plain SQLite or truncated file before any key is asked for or made."""
    if not path.exists():
        return
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        raise UnlockError(translate(
            "Unlock", "{path} is een onversleuteld databasebestand, geen Wijkdesk-gegevens. "
            "Er is niets gewijzigd.").format(path=path))
    if 0 < len(head) < 16:
        raise UnlockError(translate(
            "Unlock", "{path} is beschadigd of geen Wijkdesk-bestand. Er is niets gewijzigd.").format(path=path))


def make_engine(path: Path, key: bytes, bulk: bool = False) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # A small queue pool shared by the UI thread and background workers (one session per operation).
    engine = create_engine(url, poolclass=QueuePool, pool_size=4, max_overflow=4,
                           connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DBAPI connection
        cur = dbapi_conn.cursor()
        # Reading the schema proves the key before anything could be written.
        cur.execute("SELECT count(*) FROM sqlite_master")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        # No foreign-key enforcement: the local store is a partial replica (a specialist holds an
        # agreement without its conversation); the central store is the authority on references.
        if bulk:
            # A file being filled by a full restore: 100,000 rows land in indexes keyed by random ids. A
            # 64 MiB page cache keeps those pages decrypted between pages of the pull instead of
            # encrypting, evicting and decrypting them again, and the WAL is checkpointed once at the end.
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.close()

    return engine


class Database:
    """One encrypted store; hands out one short session per operation."""

    def __init__(self, path: Path, key: bytes, bulk: bool = False) -> None:
        """bulk: a file written in bulk once (a full restore), with a large cache while it is open."""
        self.path = path
        self.key = key  # kept to open a restore file with the same key
        check_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(path, key, bulk)
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DatabaseError as exc:
            self.engine.dispose()
            raise UnlockError(translate(
                "Unlock", "De gegevens kunnen niet worden geopend: de sleutel past niet of het bestand "
                "is beschadigd. Er is niets gewijzigd.")) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_outbox(self._sessions)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits on success, rolls back on error, always closes."""
        with self._sessions() as session, session.begin():
            yield session

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()
