"""Opening the local store in the fixed start-up order: paths -> unlock -> migrate -> actor."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import Database, load_or_create_key
from desktop.models.db import check_file
from desktop.models.entities import User
from desktop.models.keystore import PassphraseProvider
from desktop.models.migrate import MigrationResult, migrate
from desktop.models.outbox import get_setting, set_setting
from desktop.paths import Paths
from desktop.services.context import Actor


@dataclass
class Store:
    paths: Paths
    db: Database
    migration: MigrationResult

    def actor(self) -> Actor:
        """The signed-in user of this device (a local coach until a sync sign-in says otherwise)."""
        with self.db.session() as s:
            device = get_setting(s, "device_id") or "unknown"
            user_id = get_setting(s, "user_id")
            user = s.get(User, user_id) if user_id else None
            if user is None and user_id and get_setting(s, "server_url"):
                # Signed in, but our own user row has not been pulled yet.
                return Actor(user_id=user_id, username=get_setting(s, "username") or "?", device_id=device,
                             role=get_setting(s, "role") or "coach")
            if user is None:
                user = s.scalar(select(User).where(User.role == "coach", User.deleted_at.is_(None)).limit(1))
            if user is None:
                user = User(username="coach", display_name="Coach", role="coach")
                s.add(user)
                s.flush()
            set_setting(s, "user_id", user.id)
            return Actor(user_id=user.id, username=user.username, device_id=device, role=user.role,
                         team_id=user.team_id)

    def close(self) -> None:
        self.db.close()

    def wipe(self) -> None:
        """A revoked device: remove the database, its backups and its key. Nothing can be read after."""
        import shutil

        from desktop.models.keystore import forget_key
        from sync import early
        from sync.credentials import forget_token

        early.stop()  # an early restore writes no more into what is removed
        with self.db.session() as s:
            device = get_setting(s, "device_id") or "unknown"
        self.db.close()
        for suffix in ("", "-wal", "-shm", ".restore", ".restore-wal", ".restore-shm"):
            (self.paths.data_dir / f"wijkdesk.db{suffix}").unlink(missing_ok=True)
        shutil.rmtree(self.paths.backups, ignore_errors=True)
        forget_token(device)
        forget_key(self.paths.data_dir)


def open_store(paths: Paths, ask_passphrase: PassphraseProvider | None = None) -> Store:
    paths.ensure()
    check_file(paths.database)
    key = load_or_create_key(paths.data_dir, ask_passphrase)
    db = Database(paths.database, key)
    try:
        result = migrate(db, paths.backups)
    except Exception:
        db.close()
        raise
    return Store(paths, db, result)
