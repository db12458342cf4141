"""Autosave: a recovery copy of unsaved work, offered back after a crash, removed after a clean save
or close.

Each running app writes into its own folder under the recovery folder, guarded by a lock file, so two
windows (two processes) never take each other's copy: only copies whose owner is gone are offered.
"""

from __future__ import annotations

import datetime as _dt
import json
import shutil
import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import Project
from roi_desktop.projectfile import ProjectFileError, dumps_project, load_project

PROJECT, META, LOCK = "unsaved.roi", "unsaved.json", "owner.lock"


def default_recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(base or Path.home() / ".roi-desktop") / "recovery"


class Recovery:
    def __init__(self, folder: str | Path | None = None):
        self.base = Path(folder) if folder else default_recovery_dir()
        self.own = self.base / uuid.uuid4().hex[:12]
        self._lock: QLockFile | None = None
        self._orphan: Path | None = None

    def _claim(self) -> None:
        if self._lock is None:
            self.own.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(self.own / LOCK))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    def save(self, project: Project, original: Path | None) -> None:
        self._claim()
        write_bytes_atomically(self.own / PROJECT, dumps_project(project).encode("utf-8"))
        meta = {"original": str(original) if original else None,
                "saved_at": _dt.datetime.now().isoformat(timespec="seconds")}
        write_bytes_atomically(self.own / META, json.dumps(meta).encode("utf-8"))

    def release(self) -> None:
        """Give up this app's folder (as a crash would); its copy becomes an orphan."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # ---- copies left by apps that are gone ---------------------------------------------------
    def _orphans(self) -> list[Path]:
        if not self.base.is_dir():
            return []
        found = []
        for folder in self.base.iterdir():
            if folder == self.own or not (folder / PROJECT).is_file():
                continue
            probe = QLockFile(str(folder / LOCK))
            probe.setStaleLockTime(0)
            if probe.tryLock(0):  # nobody holds it: its app is gone
                probe.unlock()
                found.append(folder)
        return sorted(found, key=lambda f: (f / PROJECT).stat().st_mtime, reverse=True)

    def exists(self) -> bool:
        """True when an app that is gone left unsaved work behind."""
        orphans = self._orphans()
        self._orphan = orphans[0] if orphans else None
        return self._orphan is not None

    def saved_at(self) -> str:
        try:
            return json.loads((self._orphan / META).read_text("utf-8")).get("saved_at", "").replace("T", " ")
        except (OSError, ValueError, TypeError):
            return ""

    def load(self) -> tuple[Project, Path | None] | None:
        """The newest orphaned copy and the file it belongs to; None when it is unreadable."""
        if self._orphan is None:
            return None
        try:
            project = load_project(self._orphan / PROJECT)
        except ProjectFileError:
            return None
        try:
            original = json.loads((self._orphan / META).read_text("utf-8")).get("original")
        except (OSError, ValueError):
            original = None
        return project, Path(original) if original else None

    def clear_orphans(self) -> None:
        for folder in self._orphans():
            shutil.rmtree(folder, ignore_errors=True)
        self._orphan = None

    def clear(self) -> None:
        """Remove this app's copy (after a clean save or close)."""
        for name in (PROJECT, META):
            try:
                (self.own / name).unlink()
            except OSError:
                pass
