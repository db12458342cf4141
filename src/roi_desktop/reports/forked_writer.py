"""One file written by a forked child process while this process does other work (the command line's
``export --pdf --xlsx`` on 2 cores: the child loads reportlab and its fonts while this process calculates,
then writes the PDF while this process writes the workbook).

The child is forked before the data it needs exists; :meth:`ForkedWriter.send` hands it over (pickled,
through a pipe, from a thread so a slow child never stalls this process). The child writes with
``roi_desktop.atomic`` (a temporary file renamed onto the target), so it either completes the file or
leaves the target as it was. Whatever goes wrong in the child (an exception, a crash, no data because
the calculation failed here, a hang past ``timeout``), :meth:`ForkedWriter.finish` returns False and the
caller writes the file itself, where any error is raised with its usual message. Only on Linux: fork
without exec is not safe with macOS system frameworks, and Windows has no fork (the caller then writes
one file after the other).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

CHILD_TIMEOUT = 300.0  # seconds the parent waits, after its own work, before it gives up on the child


def can_fork() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class ForkedWriter:
    """A child process that runs ``prepare()`` at once, then ``write(data)`` with the data sent."""

    def __init__(self, pid: int, data_fd: int, done_fd: int):
        self.pid, self._data_fd, self._done_fd = pid, data_fd, done_fd
        self._sender: threading.Thread | None = None
        self._handed_over = False  # the data pipe is in the sender's hands, or closed

    @classmethod
    def start(cls, prepare: Callable[[], object], write: Callable[[Any], object]) -> ForkedWriter | None:
        """Fork the child; None when this system cannot (the caller writes the file itself)."""
        if not can_fork():
            return None
        sys.stdout.flush()
        sys.stderr.flush()
        data_r, data_w = os.pipe()
        done_r, done_w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (data_r, data_w, done_r, done_w):
                os.close(fd)
            return None
        if pid == 0:  # the child: never returns
            os.close(data_w)
            os.close(done_r)
            _child_main(prepare, write, data_r)
        os.close(data_r)
        os.close(done_w)  # the child holds the only write end: it reads as closed when the child ends
        return cls(pid, data_w, done_r)

    def send(self, data: object) -> None:
        """Hand ``data`` to the child (once). A pickling failure just leaves the child without data."""
        if self._handed_over:
            raise RuntimeError("the child's data was already sent")
        try:
            payload = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001  (the child then writes nothing; the caller writes the file)
            self.cancel()
            return
        self._handed_over = True
        self._sender = threading.Thread(target=self._write_all, args=(payload,), daemon=True)
        self._sender.start()

    def _write_all(self, payload: bytes) -> None:
        try:
            with os.fdopen(self._data_fd, "wb") as pipe:
                pipe.write(payload)
        except OSError:  # the child is gone (BrokenPipeError): finish() says so
            pass

    def cancel(self) -> None:
        """No data will come: the child exits without writing anything."""
        if not self._handed_over:
            self._handed_over = True
            os.close(self._data_fd)

    def finish(self, timeout: float = CHILD_TIMEOUT) -> bool:
        """Wait for the child; True when it wrote its file. A child still running after ``timeout``
        seconds is killed (its temporary file is removed by the next write of the same target)."""
        self.cancel()  # no-op once data was sent
        ended, _, _ = select.select([self._done_fd], [], [], timeout)
        if not ended:
            os.kill(self.pid, signal.SIGKILL)
        os.close(self._done_fd)
        _, status = os.waitpid(self.pid, 0)
        if self._sender is not None:
            self._sender.join()  # the child is gone: its pipe is closed, the sender has returned
        return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


def _child_main(prepare: Callable[[], object], write: Callable[[Any], object], data_fd: int) -> None:
    """The child's whole life: exit 0 when the file was written, 1 otherwise, without running the
    parent's clean-up (atexit handlers, buffered output, temporary folders of tests)."""
    code = 1
    try:
        prepare()
        with os.fdopen(data_fd, "rb") as pipe:
            payload = pipe.read()
        if payload:
            write(pickle.loads(payload))
            code = 0
    except BaseException:  # noqa: BLE001  (the parent writes the file again and reports the error)
        pass
    finally:
        os._exit(code)
