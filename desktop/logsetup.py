"""Rotating log file in the platform log dir. Only ids and counts are logged, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "wijkdesk.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            root.removeHandler(h)
            h.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
