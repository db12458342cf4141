"""The presenter's full validation and calculation, kept off the keystroke path.

A keystroke stores the value and checks the edited field at once (its message is immediate, see
``Presenter._recalculate``); building the whole project (``projectfile.project_from_dict``: every
cross-field rule) and the full calculation (``core.calculate``: every scenario, every break-even) then run

- at once, on the GUI thread, when the work is small (``SYNC_UP_TO`` scenario-years: a small project, or
  one scenario's field in a large one, since the engine takes the unchanged scenarios from the last
  result) and no background run is going: the result is there when the edit returns;
- otherwise on the background pool (``gui/support/background.py``), coalesced: at most one calculation runs,
  and when it ends only the newest request waiting is started (every request in between is skipped).

Answers are applied in order: each request has a generation number, and an answer older than the one
shown, or one cancelled because the draft was replaced, is dropped; ``ready(answer, newest)`` says
whether a newer request is still waiting. ``pending`` is
True from a keystroke until the result for the newest draft is shown; ``pendingChanged`` lets the
results dim and say "updating" meanwhile. ``flush()`` calculates the newest request synchronously
(tests, saving, exports) so a caller can always get the up-to-date result.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from roi_desktop.gui.support.background import Background
from roi_desktop.gui.draft.calculation_job import Answer, job as _job, job_in_helper, remember

SYNC_UP_TO = 20  # scenarios x horizon years calculated on the GUI thread (measured ~0.4 ms each: a frame)
KIND = "calculate"


def work_size(data: dict, edited: str | None = None) -> int:
    """Scenarios x horizon years a calculation of the draft costs (a cheap measure). ``edited``: the one
    field just changed; when it is a scenario's, only that scenario is calculated again (the engine takes
    the others from the last result), so the work is one scenario's."""
    horizon = (data.get("analysis") or {}).get("horizon_years")
    horizon = horizon if isinstance(horizon, int) and 1 <= horizon <= 10 else 10
    scenarios = len(data.get("scenarios") or [])
    if edited is not None and edited.startswith("scenarios[") and scenarios:
        scenarios = 1
    return scenarios * horizon


class LiveCalculation(QObject):
    """``request(data, with_result)`` -> ``ready(answer, newest)``, in order; ``pendingChanged(bool)``."""

    ready = Signal(object, bool)  # an Answer newer than the last one delivered; False: a newer one follows
    pendingChanged = Signal(bool)
    failed = Signal(object)  # an exception raised by the engine (a bug: reported, never swallowed)

    def __init__(self, parent: QObject | None = None, *, sync_up_to: int = SYNC_UP_TO):
        super().__init__(parent)
        self.sync_up_to = sync_up_to
        self.background = Background(self)
        self.background.finished.connect(self._finished)
        self.background.failed.connect(self._failed)
        self._generation = 0  # of the newest request
        self._delivered = 0  # generation of the last answer delivered (or cancelled up to)
        self._waiting: tuple | None = None  # the newest request, not started yet
        self._running: tuple | None = None  # the request being worked on in the background
        self.pending = False
        self.last_seconds = 0.0  # how long the last answer took to make

    # ---- requests ----------------------------------------------------------------------------
    def request(self, snapshot, size: int, with_result: bool = True) -> None:
        """``snapshot(private)``: the draft now (``private``: a copy a worker may read while the user types
        on), taken only when the work starts, so keystrokes coalesced behind a running one copy nothing;
        ``size``: its scenario-years (``work_size``)."""
        self._generation += 1
        request = (self._generation, snapshot, with_result)
        if size <= self.sync_up_to and self._running is None:  # (behind a running one: after it, in turn)
            self._waiting = None
            self._deliver(*_job(self._generation, snapshot(False), with_result))
            return
        self._waiting = request
        self._set_pending(True)
        if self._running is None:
            self._start()

    def cancel(self) -> None:
        """The draft was replaced: nothing requested so far may be shown any more."""
        self._waiting = None
        self._delivered = self._generation
        self._set_pending(False)

    def flush(self) -> None:
        """Answer the newest request now, on this thread; a background run still going is dropped."""
        newest = self._waiting or self._running
        self._waiting = None
        if newest is not None and newest[0] > self._delivered:
            generation, snapshot, with_result = newest
            self._deliver(*_job(generation, snapshot(False), with_result))
        self._set_pending(False)

    # ---- background ----------------------------------------------------------------------------
    def _start(self) -> None:
        self._running, self._waiting = self._waiting, None
        generation, snapshot, with_result = self._running
        self.background.submit(KIND, job_in_helper, generation, snapshot(True), with_result)

    def _finished(self, kind: str, answer) -> None:
        if kind == KIND:
            self._running = None
            if self._waiting is not None:
                self._start()  # the newest request at once, so it overlaps applying this answer
            self._deliver(*answer)

    def _failed(self, kind: str, error) -> None:
        if kind == KIND:
            self._running = None
            print(getattr(error, "__traceback_text__", repr(error)), file=sys.stderr)
            if self._waiting is not None:
                self._start()
            else:
                self._set_pending(False)
            self.failed.emit(error)

    def _deliver(self, generation: int, answer: Answer) -> None:
        if generation <= self._delivered:
            return  # overtaken or cancelled: a stale answer never replaces a newer one
        self._delivered = generation
        self.last_seconds = answer.seconds
        remember(answer.result)  # the next calculation in this process takes unchanged scenarios from it
        newest = generation == self._generation
        if newest:
            self._set_pending(False)
        self.ready.emit(answer, newest)

    def _set_pending(self, pending: bool) -> None:
        if pending != self.pending:
            self.pending = pending
            self.pendingChanged.emit(pending)
