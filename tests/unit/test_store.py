"""The encrypted store: keys, passphrases, wrong/foreign/corrupt files — and nothing modified on failure."""

import hashlib
import sqlite3

import keyring
import pytest
from keyring.backends import fail

from desktop.models import UnlockError
from desktop.models.keystore import WRAPPED_FILE, keyring_account
from desktop.paths import Paths
from desktop.services.caseload import CaseloadService
from desktop.store import open_store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def snapshot(data_dir):
    return {p.name: digest(p) for p in sorted(data_dir.glob("*")) if p.is_file()}


def test_no_plain_personal_data_on_disk(paths, memory_keyring):
    store = open_store(paths)
    svc = CaseloadService(store.db, store.actor())
    svc.create({"bsn": "111222333", "first_name": "Ayşe", "last_name": "Zwanenburgh", "postcode": "3011 AB"})
    for i in range(50):  # enough writes that WAL frames exist
        svc.update(svc.find_by_bsn("111222333").id, {"phone": f"06-1234{i:04d}"})
    wal = paths.database.with_name("wijkdesk.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for f in (paths.database, wal):
        raw = f.read_bytes()
        assert b"Zwanenburgh" not in raw and b"111222333" not in raw and "Ayşe".encode() not in raw
        assert not raw.startswith(b"SQLite format 3")
    store.close()
    # the key is in the keyring, not on disk
    key_hex = memory_keyring.get_password("wijkdesk", keyring_account(paths.data_dir))
    assert key_hex and all(key_hex.encode() not in p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file())


def test_reopen_with_keyring(paths):
    store = open_store(paths)
    CaseloadService(store.db, store.actor()).create({"bsn": "111222333", "first_name": "A", "last_name": "B"})
    store.close()
    again = open_store(paths)
    assert again.migration.action == "current"
    assert len(CaseloadService(again.db, again.actor()).list_clients()) == 1
    again.close()


def test_missing_key_is_refused_and_changes_nothing(paths, memory_keyring):
    open_store(paths).close()
    memory_keyring.store.clear()
    before = snapshot(paths.data_dir)
    with pytest.raises(UnlockError, match="ontbreekt"):
        open_store(paths)
    assert snapshot(paths.data_dir) == before


@pytest.fixture
def no_secure_keyring(monkeypatch):
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("WIJKDESK_PASSPHRASE", raising=False)


def test_passphrase_wrapping(paths, no_secure_keyring, monkeypatch):
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "correct horse battery")
    store = open_store(paths)
    CaseloadService(store.db, store.actor()).create({"bsn": "111222333", "first_name": "A", "last_name": "B"})
    store.close()
    wrapped = (paths.data_dir / WRAPPED_FILE).read_text()
    assert '"kdf": "scrypt"' in wrapped
    before = snapshot(paths.data_dir)

    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "wrong horse battery")
    with pytest.raises(UnlockError, match="wachtwoord is onjuist"):
        open_store(paths)
    assert snapshot(paths.data_dir) == before

    monkeypatch.delenv("WIJKDESK_PASSPHRASE")
    with pytest.raises(UnlockError, match="wachtwoord is nodig"):
        open_store(paths)

    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "correct horse battery")
    again = open_store(paths)
    assert len(CaseloadService(again.db, again.actor()).list_clients()) == 1
    again.close()


def test_new_store_without_keyring_needs_a_passphrase(paths, no_secure_keyring, monkeypatch):
    with pytest.raises(UnlockError, match="geen beveiligde sleutelbos"):
        open_store(paths)
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "elf tekens!")  # 11 characters
    with pytest.raises(UnlockError, match="minstens 12"):
        open_store(paths)
    assert not paths.database.exists()


def test_weaker_wrapping_is_rewrapped_at_the_next_unlock(paths, no_secure_keyring, monkeypatch):
    """A key wrapped with scrypt N=2**15 (before issue 13) opens, and is wrapped again with N >= 2**17."""
    import json

    from desktop.models import keystore

    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "correct horse battery")
    monkeypatch.setattr(keystore, "SCRYPT", {"n": 2**15, "r": 8, "p": 1})
    open_store(paths).close()
    wrapped = paths.data_dir / WRAPPED_FILE
    assert json.loads(wrapped.read_text())["n"] == 2**15
    monkeypatch.undo()
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "correct horse battery")
    keyring.set_keyring(fail.Keyring())
    assert keystore.SCRYPT["n"] >= 2**17
    open_store(paths).close()
    doc = json.loads(wrapped.read_text())
    assert doc["n"] >= 2**17 and doc["kdf"] == "scrypt"
    assert (wrapped.stat().st_mode & 0o777) == 0o600
    again = open_store(paths)  # and it still opens
    again.close()


def test_foreign_plain_sqlite_file_refused(paths):
    paths.ensure()
    con = sqlite3.connect(paths.database)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    before = snapshot(paths.data_dir)
    with pytest.raises(UnlockError, match="onversleuteld"):
        open_store(paths)
    assert snapshot(paths.data_dir) == before


def test_corrupt_file_refused(paths):
    open_store(paths).close()
    for suffix in ("-wal", "-shm"):
        paths.database.with_name("wijkdesk.db" + suffix).unlink(missing_ok=True)
    paths.database.write_bytes(b"\x13\x37" * 4096)
    before = snapshot(paths.data_dir)
    with pytest.raises(UnlockError, match="kunnen niet worden geopend"):
        open_store(paths)
    assert snapshot(paths.data_dir) == before


def test_store_of_someone_else_refused(tmp_path, memory_keyring):
    a, b = Paths.resolve(tmp_path / "a"), Paths.resolve(tmp_path / "b")
    open_store(a).close()
    open_store(b).close()
    # put a's file in b's place: b's key does not open it
    b.database.write_bytes(a.database.read_bytes())
    for suffix in ("-wal", "-shm"):
        b.database.with_name("wijkdesk.db" + suffix).unlink(missing_ok=True)
    before = snapshot(b.data_dir)
    with pytest.raises(UnlockError):
        open_store(b)
    assert snapshot(b.data_dir) == before
