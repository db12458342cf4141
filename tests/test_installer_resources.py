"""roi_desktop.resources.resource_path from the installers' side: samples and icons in the source tree,
and a real wheel layout (resources/ next to resources.py) imported in a fresh interpreter. Lookup order and
the PyInstaller folder are in tests/test_resources.py; the real wheel and bundle are checked end to end by
installer/smoke-test.sh."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from roi_desktop import resources
from roi_desktop.resources import resource_path

REPO = Path(__file__).resolve().parent.parent


def test_source_tree_sample_is_the_repository_file():
    path = resource_path("samples", "telkom-polnoc-pl.roi")
    assert path == REPO / "resources" / "samples" / "telkom-polnoc-pl.roi"
    assert json.loads(path.read_text(encoding="utf-8"))["client"]["name"] == "Telkom Północ Sp. z o.o."


def test_no_parts_gives_the_resources_folder_with_icons():
    root = resource_path()
    assert root == REPO / "resources"
    assert (root / "icons" / "roi-desktop.svg").is_file()


def test_without_a_bundle_only_package_and_source_are_searched(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resource_roots() == [REPO / "src" / "roi_desktop" / "resources", REPO / "resources"]


def test_installed_wheel_layout_wins_over_anything_else(tmp_path):
    """The wheel puts resources/ at roi_desktop/resources next to resources.py (pyproject force-include):
    the module must still import (a folder without __init__ does not shadow it) and find its files there."""
    site = tmp_path / "site-packages"
    shutil.copytree(REPO / "src" / "roi_desktop", site / "roi_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources" / "samples", site / "roi_desktop" / "resources" / "samples")
    # what would be the "source tree" seen from there (two levels up) has the file too: the wheel's wins
    shutil.copytree(REPO / "resources" / "samples", tmp_path / "resources" / "samples")
    code = ("from roi_desktop.resources import resource_path; "
            "print(resource_path('samples', 'northwind-energy-en.roi'))")
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
                         capture_output=True, text=True, cwd=tmp_path, check=True).stdout.strip()
    assert Path(out) == site / "roi_desktop" / "resources" / "samples" / "northwind-energy-en.roi"
