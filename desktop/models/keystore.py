"""The database key: random, kept in the OS keyring, or wrapped with a passphrase.

Where no secure keyring backend exists (a headless server, a bare Linux session), the key is
wrapped with AES-GCM under a key derived from the user's passphrase with scrypt (memory-hard).
The key is never written in plain text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path

import keyring

from desktop.i18n import translate

SERVICE = "wijkdesk"
WRAPPED_FILE = "key.wrapped"
DB_FILE = "wijkdesk.db"
KEY_BYTES = 32
# scrypt: 2**17 * 8 * 128 bytes = 128 MiB of memory per derivation (OWASP's minimum for scrypt). A key wrapped
# with weaker parameters (2**15 before issue 13) is wrapped again with these at its next unlock.
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
MIN_PASSPHRASE = 12

PassphraseProvider = Callable[[bool], str | None]  # argument: True when a new passphrase is being set


class UnlockError(Exception):
    """The local store cannot be opened; the message is for the user and nothing was modified."""


def secure_keyring_available() -> bool:
    backend = keyring.get_keyring()
    names = {cls.__module__ + "." + cls.__name__ for cls in type(backend).__mro__}
    insecure = ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring",
                "keyrings.alt.file.PlaintextKeyring")
    if any(n in names for n in insecure):
        return False
    if backend.__class__.__name__ == "ChainerBackend":
        return bool(getattr(backend, "backends", []))
    try:
        return float(backend.priority) > 0  # type: ignore[attr-defined]
    except Exception:
        return False


def keyring_account(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"dbkey-{digest}"


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=params["n"], r=params["r"],
                          p=params["p"], maxmem=256 * 1024 * 1024, dklen=32)


def wrap_key(key: bytes, passphrase: str) -> dict[str, object]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # the passphrase path only

    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(passphrase, salt, SCRYPT)
    blob = AESGCM(kek).encrypt(nonce, key, b"wijkdesk-db-key")
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return {"kdf": "scrypt", **SCRYPT, "salt": b64(salt), "nonce": b64(nonce), "ciphertext": b64(blob)}


def unwrap_key(doc: dict[str, object], passphrase: str) -> bytes:
    try:
        params = {k: int(doc[k]) for k in ("n", "r", "p")}  # type: ignore[call-overload]
        salt = base64.b64decode(str(doc["salt"]))
        nonce = base64.b64decode(str(doc["nonce"]))
        blob = base64.b64decode(str(doc["ciphertext"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise UnlockError(translate("Unlock", "Het sleutelbestand is beschadigd. Er is niets gewijzigd.")) from exc
    from cryptography.exceptions import InvalidTag  # the passphrase path only
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_derive(passphrase, salt, params)).decrypt(nonce, blob, b"wijkdesk-db-key")
    except InvalidTag as exc:
        raise UnlockError(translate("Unlock", "Het wachtwoord is onjuist. Er is niets gewijzigd.")) from exc


def _env_passphrase(_new: bool) -> str | None:
    return os.environ.get("WIJKDESK_PASSPHRASE")


# A key unlocked by the command line's start-up probe, handed to the store that opens next (unwrapped once:
# the passphrase path's key derivation is deliberately slow). Taken once; a wipe drops it.
_handed_over: dict[Path, bytes] = {}


def hand_over(data_dir: Path, key: bytes) -> None:
    _handed_over[data_dir.resolve()] = key


def load_or_create_key(data_dir: Path, ask_passphrase: PassphraseProvider | None = None) -> bytes:
    """Return the database key for `data_dir`, creating one for a new store."""
    handed = _handed_over.pop(data_dir.resolve(), None)
    if handed is not None:
        return handed
    ask = ask_passphrase or _env_passphrase
    db_exists = (data_dir / DB_FILE).exists()
    wrapped = data_dir / WRAPPED_FILE
    account = keyring_account(data_dir)

    if wrapped.exists():
        passphrase = ask(False)
        if not passphrase:
            raise UnlockError(translate(
                "Unlock", "Een wachtwoord is nodig om de gegevens te openen (WIJKDESK_PASSPHRASE)."))
        try:
            doc = json.loads(wrapped.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise UnlockError(translate("Unlock", "Het sleutelbestand is beschadigd. Er is niets gewijzigd.")) from exc
        key = unwrap_key(doc, passphrase)
        if _weaker_than_now(doc):
            _write_wrapped(wrapped, wrap_key(key, passphrase))
        return key

    if secure_keyring_available():
        stored = keyring.get_password(SERVICE, account)
        if stored:
            try:
                return bytes.fromhex(stored)
            except ValueError as exc:
                raise UnlockError(translate(
                    "Unlock", "De sleutel in de sleutelbos is beschadigd. Er is niets gewijzigd.")) from exc
        if db_exists:
            raise UnlockError(translate(
                "Unlock", "De sleutel van deze gegevens ontbreekt in de sleutelbos van dit systeem. "
                "Er is niets gewijzigd; neem contact op met de servicedesk."))
        key = secrets.token_bytes(KEY_BYTES)
        keyring.set_password(SERVICE, account, key.hex())
        return key

    if db_exists:
        raise UnlockError(translate(
            "Unlock", "De sleutel van deze gegevens ontbreekt. Er is niets gewijzigd; "
            "neem contact op met de servicedesk."))
    passphrase = ask(True)
    if not passphrase:
        raise UnlockError(translate(
            "Unlock", "Dit systeem heeft geen beveiligde sleutelbos. Kies een wachtwoord "
            "(of zet WIJKDESK_PASSPHRASE) om de gegevens te versleutelen."))
    if len(passphrase) < MIN_PASSPHRASE:
        raise UnlockError(translate("Unlock", "Kies een wachtwoord van minstens 12 tekens."))
    key = secrets.token_bytes(KEY_BYTES)
    data_dir.mkdir(parents=True, exist_ok=True)
    _write_wrapped(wrapped, wrap_key(key, passphrase))
    return key


def _weaker_than_now(doc: dict[str, object]) -> bool:
    try:
        return doc.get("kdf") != "scrypt" or any(int(doc[k]) < SCRYPT[k] for k in ("n", "r"))  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError):
        return False


def _write_wrapped(wrapped: Path, doc: dict[str, object]) -> None:
    """Atomically, readable by the user only; a crash leaves the old file or the new one, never neither."""
    tmp = wrapped.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(doc))
    os.chmod(tmp, 0o600)
    os.replace(tmp, wrapped)


def forget_key(data_dir: Path) -> None:
    """Remove the key (device wipe); the encrypted file becomes unreadable."""
    _handed_over.pop(data_dir.resolve(), None)
    try:
        keyring.delete_password(SERVICE, keyring_account(data_dir))
    except Exception:  # noqa: BLE001 - no key stored is fine
        pass
    (data_dir / WRAPPED_FILE).unlink(missing_ok=True)
