"""Autosave: a recovery copy of unsaved work, offered back after a crash, removed after a clean save
or close."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import Project
from roi_desktop.projectfile import ProjectFileError, dumps_project, load_project


def default_recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(base or Path.home() / ".roi-desktop") / "recovery"


class Recovery:
    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder else default_recovery_dir()
        self.project_file = self.folder / "unsaved.roi"
        self.meta_file = self.folder / "unsaved.json"

    def save(self, project: Project, original: Path | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(self.project_file, dumps_project(project).encode("utf-8"))
        meta = {"original": str(original) if original else None,
                "saved_at": _dt.datetime.now().isoformat(timespec="seconds")}
        write_bytes_atomically(self.meta_file, json.dumps(meta).encode("utf-8"))

    def exists(self) -> bool:
        return self.project_file.is_file()

    def saved_at(self) -> str:
        try:
            return json.loads(self.meta_file.read_text("utf-8")).get("saved_at", "").replace("T", " ")
        except (OSError, ValueError):
            return ""

    def load(self) -> tuple[Project, Path | None] | None:
        """The recovered project and the file it belongs to; None when the copy is unreadable."""
        try:
            project = load_project(self.project_file)
        except ProjectFileError:
            return None
        try:
            original = json.loads(self.meta_file.read_text("utf-8")).get("original")
        except (OSError, ValueError):
            original = None
        return project, Path(original) if original else None

    def clear(self) -> None:
        for f in (self.project_file, self.meta_file):
            try:
                f.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass
