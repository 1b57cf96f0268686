"""A keyring backend for benchmarks: the key and token in a JSON file named by WIJKDESK_BENCH_KEYRING.

The budgets are for a machine whose OS keyring holds the database key (this one has none): this stands in
for it across processes (`PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring`, benchmarks/support on PYTHONPATH),
so a run measures the keyring path, not the passphrase's deliberate key derivation. Never for real data.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ["WIJKDESK_BENCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(data), "utf-8")
