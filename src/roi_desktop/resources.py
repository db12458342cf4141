"""Where the bundled resources (fonts, samples) are, whether the app runs from an installed wheel,
a PyInstaller bundle or the source tree.

>>> resource_path("fonts", "DejaVuSans.ttf").name
'DejaVuSans.ttf'
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_roots() -> list[Path]:
    """Candidate resource folders, most specific first: the installed package's ``resources``
    (the wheel force-includes it there), PyInstaller's unpack folder, the source tree's top level."""
    roots = [_PACKAGE_DIR / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(_PACKAGE_DIR.parent.parent / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """The first existing ``resources/<parts...>``; raises FileNotFoundError naming every place looked."""
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    looked = ", ".join(str(r.joinpath(*parts)) for r in roots)
    raise FileNotFoundError(f"resource {'/'.join(parts)} not found (looked in: {looked})")
