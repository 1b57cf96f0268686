"""Where Wijkdesk keeps its data, logs and backups (platformdirs), overridable with --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import platformdirs

APP = "wijkdesk"
# Translations, fonts, the default catalogue, the stylesheet and the icon: package data of `desktop`, so a
# source checkout, an installed wheel and a PyInstaller folder all find them the same way (never by a path
# relative to the source tree). Installed packages are plain folders, so this is a real directory.
RESOURCES = Path(str(files("desktop") / "resources"))


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
