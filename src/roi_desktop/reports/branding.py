"""The consultant's branding for reports (from the app's settings): name, company, contact and logo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Branding:
    company: str = ""
    logo_path: Path | None = None
    consultant: str = ""  # the consultant's name from Settings (the project's own consultant comes first)
    contact: str = ""  # e-mail, phone: printed on the leave-behind
