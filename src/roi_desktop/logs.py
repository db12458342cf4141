"""Where roi-desktop writes its log file, and how it records failures (a windowed app has no console)."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

APP = "roi-desktop"
_configured: Path | None = None


def log_dir() -> Path:
    """The user's data folder for logs; ROI_DESKTOP_LOG_DIR overrides it."""
    override = os.environ.get("ROI_DESKTOP_LOG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP / "logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP
    return Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / APP


def log_file() -> Path:
    return log_dir() / f"{APP}.log"


def setup_logging() -> Path | None:
    """Log to a rotating file in the user's data folder. Returns its path, or None if unwritable."""
    global _configured
    if _configured is not None:
        return _configured
    root = logging.getLogger("roi_desktop")
    root.propagate = False  # never Python's last-resort handler, which prints tracebacks to stderr
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    handler = None
    for path in (log_file(), Path(tempfile.gettempdir()) / APP / f"{APP}.log"):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8",
                                          errors="backslashreplace")
            break
        except OSError:
            continue
    if handler is None:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path


def record_failure(message: str) -> Path | None:
    """Log the exception being handled with its traceback; returns the log file's path."""
    path = setup_logging()
    logging.getLogger("roi_desktop").exception(message)
    return path
