"""Where Wijkdesk keeps its data, logs and backups (platformdirs), overridable with --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "wijkdesk"
REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "wijkdesk.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> Paths:
        if data_dir:
            d = Path(data_dir).expanduser().resolve()
            return cls(d, d / "logs")
        return cls(Path(platformdirs.user_data_dir(APP, appauthor=False)),
                   Path(platformdirs.user_log_dir(APP, appauthor=False)))

    def ensure(self) -> None:
        for d in (self.data_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
            d.chmod(0o700)
