"""The consultant's branding for reports (from the app's settings): company and logo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Branding:
    company: str = ""
    logo_path: Path | None = None
