"""The command-line export pauses Python's cycle collector for its own run only (cli/export.py): the
collector is on again after the export, also after a failed one, and stays off where it was off."""

from __future__ import annotations

import gc

import pytest

from roi_desktop.cli import export as cli_export
from roi_desktop.cli.main import main


@pytest.fixture
def collector_restored():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_collector_is_off_during_the_export_and_on_after(sample_path, tmp_path, monkeypatch, collector_restored):
    seen = []
    real = cli_export._run_export
    monkeypatch.setattr(cli_export, "_run_export", lambda argv: seen.append(gc.isenabled()) or real(argv))
    gc.enable()
    assert main(["export", str(sample_path), "--xlsx", str(tmp_path / "r.xlsx")]) == 0
    assert seen == [False] and gc.isenabled()


def test_collector_is_back_after_a_failed_export(tmp_path, collector_restored):
    gc.enable()
    assert main(["export", str(tmp_path / "missing.roi"), "--pdf", str(tmp_path / "r.pdf")]) != 0
    assert gc.isenabled()
    gc.disable()
    with cli_export.cycle_collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # it was off before: it stays off
