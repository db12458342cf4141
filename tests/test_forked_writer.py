"""The export's forked PDF writer: the child gets the data it was promised, and every way it can fail
(an exception, no data, data that cannot be pickled, a hang, a crash) ends in False so the caller writes
the file itself, with nothing half-written left behind."""

import os
import signal
import sys
import threading
import time

import pytest

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.cli.main import main
from roi_desktop.reports import export as export_module
from roi_desktop.reports.forked_writer import ForkedWriter, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="the forked writer runs on Linux only")


def writer_to(path):
    return lambda data: write_bytes_atomically(path, data)


def test_the_child_writes_what_it_is_sent(tmp_path):
    target = tmp_path / "out ż.bin"
    child = ForkedWriter.start(lambda: None, writer_to(target))
    payload = os.urandom(3_000_000)  # larger than a pipe's buffer: the parent must not block on it
    child.send(payload)
    assert child.finish() is True
    assert target.read_bytes() == payload


def test_the_parent_is_not_held_up_by_a_slow_child(tmp_path):
    child = ForkedWriter.start(lambda: time.sleep(1.0), writer_to(tmp_path / "x"))
    started = time.perf_counter()
    child.send(b"x" * 5_000_000)
    assert time.perf_counter() - started < 0.5  # sending returns before the child reads
    assert child.finish() is True


def failing_write(data):
    raise ValueError("boom")


@pytest.mark.parametrize("how", ["raises", "no data", "unpicklable", "prepare fails", "crash"])
def test_any_failure_in_the_child_is_reported_as_false(tmp_path, how):
    target = tmp_path / "out.bin"
    prepare = (lambda: 1 / 0) if how == "prepare fails" else (lambda: None)
    write = failing_write if how == "raises" else (lambda data: os.kill(os.getpid(), signal.SIGKILL)) if how == "crash" else writer_to(target)
    child = ForkedWriter.start(prepare, write)
    if how == "unpicklable":
        child.send(threading.Lock())
    elif how != "no data":
        child.send(b"data")
    assert child.finish() is False
    assert os.listdir(tmp_path) == []


def test_a_hanging_child_is_killed_after_the_timeout(tmp_path):
    child = ForkedWriter.start(lambda: time.sleep(60), writer_to(tmp_path / "x"))
    child.send(b"data")
    started = time.perf_counter()
    assert child.finish(timeout=0.3) is False
    assert time.perf_counter() - started < 5
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # reaped: no zombie left


@pytest.mark.slow  # two full exports
def test_export_writes_the_pdf_itself_when_the_child_fails(tmp_path, sample_path, monkeypatch, capsys):
    """The CLI's parallel export with a child that cannot write: the parent writes the PDF, prints both
    files, exit 0, and the PDF is the one a sequential export writes."""
    monkeypatch.setattr(export_module, "_load_pdf_writer", lambda: os.kill(os.getpid(), signal.SIGKILL))
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main(["export", str(sample_path), "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"wrote {pdf}", f"wrote {xlsx}"]
    assert pdf.stat().st_size > 10_000 and xlsx.stat().st_size > 10_000
    assert sorted(os.listdir(tmp_path)) == ["r.pdf", "r.xlsx"]


def test_a_failed_calculation_leaves_no_file_and_no_child(tmp_path, sample_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("engine failure")

    children = []
    start = ForkedWriter.start

    def recorded(*args):
        children.append(start(*args))
        return children[-1]

    monkeypatch.setattr(export_module, "calculate", broken)
    monkeypatch.setattr(ForkedWriter, "start", recorded)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main(["export", str(sample_path), "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 1
    assert "engine failure" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0].pid, os.WNOHANG)  # the child was waited for


def test_the_command_line_forks_only_on_linux():
    assert can_fork() == (sys.platform.startswith("linux") and hasattr(os, "fork"))
