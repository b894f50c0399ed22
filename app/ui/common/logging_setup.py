"""Logging to a rotating file, set up first thing in `main()`.

The bug dialog names this file, so a salesperson can send it to IT: it must exist before
anything else can fail. ESTATEDESK_LOG_DIR overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "estatedesk.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 5
_configured: Path | None = None


def log_dir() -> Path:
    """The folder the log goes to: $ESTATEDESK_LOG_DIR, else the platform's per-user log dir."""
    override = os.environ.get("ESTATEDESK_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir("EstateDesk", appauthor=False))


def log_file_path() -> Path:
    """The file that `configure_logging` writes to (or would write to)."""
    return _configured or log_dir() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating UTF-8 file and return its path. Safe to call twice."""
    global _configured
    path = log_dir() / LOG_FILE_NAME
    if _configured == path:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler.set_name("estatedesk-file")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "estatedesk-file"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # noise each start
    _configured = path
    return path
