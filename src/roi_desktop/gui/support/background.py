"""Run slow work (risk analysis, exports) off the GUI thread; the latest request of a kind wins."""

from __future__ import annotations

import itertools
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, object)
    progress = Signal(str, int, float, str)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, kind: str, request: int, fn, args, kwargs, with_progress: bool):
        super().__init__()
        self.relay, self.kind, self.request = relay, kind, request
        self.fn, self.args, self.kwargs, self.with_progress = fn, args, kwargs, with_progress

    def run(self) -> None:
        try:
            if self.with_progress:
                self.kwargs["progress"] = lambda f, what="": self._emit(self.relay.progress, float(f), str(what))
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as error:  # reported to the GUI thread, never raised in a worker
            error.__traceback_text__ = traceback.format_exc()
            self._emit(self.relay.failed, error)
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal, *values) -> None:
        try:
            signal.emit(self.kind, self.request, *values)
        except RuntimeError:  # the window closed while the job ran: nobody is waiting for the answer
            pass


class Background(QObject):
    """``submit(kind, fn, ...)`` returns a request id; ``finished``/``failed`` fire only for the latest
    request of each kind, so a result that was overtaken by a newer request is dropped."""

    finished = Signal(str, object)
    failed = Signal(str, object)
    progress = Signal(str, float, str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progress.connect(self._on_progress)

    def submit(self, kind: str, fn, *args, with_progress: bool = False, **kwargs) -> int:
        request = next(self._ids)
        self._latest[kind] = request
        self.pool.start(_Job(self._relay, kind, request, fn, args, kwargs, with_progress))
        return request

    def cancel(self, kind: str) -> None:
        """Forget the pending request: its result will be dropped."""
        self._latest.pop(kind, None)

    def _current(self, kind: str, request: int) -> bool:
        return self._latest.get(kind) == request

    def _on_done(self, kind: str, request: int, result) -> None:
        if self._current(kind, request):
            del self._latest[kind]
            self.finished.emit(kind, result)

    def _on_failed(self, kind: str, request: int, error) -> None:
        if self._current(kind, request):
            del self._latest[kind]
            self.failed.emit(kind, error)

    def _on_progress(self, kind: str, request: int, fraction: float, what: str) -> None:
        if self._current(kind, request):
            self.progress.emit(kind, fraction, what)
