"""Shared fixtures: the sample projects and a clean log folder per test. Qt runs headless, and the
tests folder is importable for helper modules (gui_support)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# files the app can make again (the parsed fonts) go to a folder of this run, not the user's cache
os.environ.setdefault("ROI_DESKTOP_CACHE_DIR", tempfile.mkdtemp(prefix="roi-desktop-test-cache-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.roi"))


@pytest.fixture(autouse=True)
def _isolated_logs(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("ROI_DESKTOP_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture(params=SAMPLES, ids=[p.stem for p in SAMPLES])
def sample_path(request) -> Path:
    return request.param


@pytest.fixture
def sample_project(sample_path):
    from roi_desktop.projectfile import load_project

    return load_project(sample_path)
