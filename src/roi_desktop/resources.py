"""Where roi-desktop's bundled files (fonts, translations, samples, icons) are, however it was installed.

The same top-level ``resources/`` folder of the source tree is shipped three ways:

- an installed wheel: pyproject force-includes it as the package folder ``roi_desktop/resources``;
- a PyInstaller bundle: the spec puts it at ``resources/`` inside the bundle (``sys._MEIPASS``);
- the source tree (``PYTHONPATH=src`` or an editable install): ``<repo>/resources``.

>>> resource_path("samples").is_dir()
True
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_roots() -> list[Path]:
    """The folders searched, in order: installed package, PyInstaller bundle, source tree."""
    roots = [_PACKAGE_DIR / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(_PACKAGE_DIR.parent.parent / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """The path of a bundled file or folder, e.g. ``resource_path("samples", "telkom-polnoc-pl.roi")``.

    With no parts, the resources folder itself. Raises FileNotFoundError naming every place looked in.
    """
    for root in resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    wanted = "/".join(parts) or "the resources folder"
    looked = ", ".join(str(r) for r in resource_roots())
    raise FileNotFoundError(f"roi-desktop resource {wanted} not found (looked in: {looked})")
