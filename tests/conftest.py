"""Shared fixtures: the sample projects and a clean log folder per test."""

from __future__ import annotations

from pathlib import Path

import pytest

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
