"""Dependencies point one way (gui -> reports -> core); the core stays pure; modules stay small."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "roi_desktop"

FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "openpyxl", "reportlab", "roi_desktop.reports", "roi_desktop.gui",
             "roi_desktop.cli", "roi_desktop.projectfile", "json", "roi_desktop.atomic"),
    "reports": ("PySide6", "shiboken6", "roi_desktop.gui", "roi_desktop.cli"),
    "projectfile": ("PySide6", "roi_desktop.gui", "roi_desktop.reports", "roi_desktop.cli"),
    "importer": ("PySide6", "shiboken6", "roi_desktop.gui", "roi_desktop.cli"),
    "gui": ("roi_desktop.cli",),  # the command line starts the app, never the other way round
}


def imports_of(path: Path) -> set[str]:
    """Absolute names of everything a module imports; relative imports are resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["roi_desktop", *path.relative_to(SRC).parent.parts]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module or ""
            else:
                parent = package[: len(package) - (node.level - 1)]
                base = ".".join(parent + ([node.module] if node.module else []))
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_imports(package):
    offenders = []
    for path in (SRC / package).rglob("*.py"):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package]):
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_core_imports_no_qt_or_file_formats_at_runtime():
    code = ("import sys, roi_desktop.core; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'openpyxl', 'reportlab', 'shiboken6') or m.startswith(('roi_desktop.reports', "
            "'roi_desktop.gui', 'roi_desktop.cli', 'roi_desktop.projectfile'))]; print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_modules_stay_small():
    big = [f"{p.relative_to(SRC)}: {n} lines" for p in SRC.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert big == []


def test_pandas_stays_off_start_up_and_the_keystroke_path():
    """pandas is for tables coming in and going out (import, tracking tables); the app's start and a
    recalculation must not load it (it costs a few hundred ms)."""
    code = ("import sys; from roi_desktop.gui import app; "
            "from roi_desktop.core import calculate; from roi_desktop.projectfile import load_project; "
            "from roi_desktop.resources import resource_path; "
            "sample = resource_path('samples', 'telkom-polnoc-pl.roi'); "
            "application = app.make_application([]); window = app.create_window(sample); "
            "calculate(load_project(sample)); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pandas')[:3]); "
            "sys.exit(1 if 'pandas' in sys.modules else 0)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stdout + done.stderr


def test_gui_modules_live_in_packages_that_say_what_they_hold():
    """gui/ holds the app's entry, its window and the presenter; everything else sits in a sub-package
    (draft, files, meeting, panels, support, texts, widgets)."""
    gui = SRC / "gui"
    assert sorted(p.name for p in gui.glob("*.py")) == ["app.py", "main_window.py", "presenter.py"]
    packages = sorted(p.name for p in gui.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert packages == ["draft", "files", "meeting", "panels", "support", "texts", "widgets"]
    assert all((gui / p / "__init__.py").exists() for p in packages)
