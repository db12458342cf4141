"""One validation and calculation of a draft, run in a helper process (no Qt here).

A calculation of a large project is pure Python and numpy work; run on a thread of the app's own process
it would hold the interpreter lock for hundreds of milliseconds and every keystroke would wait for it
(measured: 35 ms instead of 11 ms per keystroke). So the background thread only hands the draft to one
helper process (started on first use, spawned, never forked from a Qt process) and waits for the answer
without holding the lock. If the helper cannot be started, dies or cannot send an answer back (or in a
frozen build, or with ROI_DESKTOP_CALC_HELPER=0), the work is done in the thread from then on.
"""

from __future__ import annotations

import atexit
import copyreg
import os
import sys
import threading
import time
import types

from roi_desktop.core import calculate
from roi_desktop.projectfile import ProjectFileError, project_from_dict


# the core keeps some tables in read-only mappings; they travel back from the helper as such
copyreg.pickle(types.MappingProxyType, lambda m: (types.MappingProxyType, (dict(m),)))


class Answer(tuple):
    """(project or None, core problems, result or None, seconds) for one draft."""
    project = property(lambda self: self[0])
    problems = property(lambda self: self[1])
    result = property(lambda self: self[2])
    seconds = property(lambda self: self[3])


_last: list = [None]  # the newest result of this process: unchanged scenarios are taken from it (see remember)


def remember(result) -> None:
    """In the app: the result just shown (on the GUI thread, after the check that it is the newest), so
    the next calculation here takes its unchanged scenarios from it. The helper process keeps its own."""
    if result is not None:
        _last[0] = result


def validate_and_calculate(data: dict, with_result: bool, previous=None) -> Answer:
    """Build the project from the draft (its problems if it is invalid) and calculate it; scenarios equal to
    those of ``previous`` (a result) for the same client and settings are taken from it."""
    t0 = time.perf_counter()
    try:
        project = project_from_dict(data)
    except ProjectFileError as error:
        return Answer((None, tuple(error.problems), None, time.perf_counter() - t0))
    result = calculate(project, previous=previous) if with_result else None
    return Answer((project, (), result, time.perf_counter() - t0))


def job(generation: int, data: dict, with_result: bool) -> tuple[int, Answer]:
    """In the app (the GUI thread, or a thread when there is no helper): reads the remembered result only."""
    return generation, validate_and_calculate(data, with_result, previous=_last[0])


def _plain_job(generation: int, data: dict, with_result: bool) -> tuple:
    """In the helper process: the answer as a plain tuple (pickled back); the helper remembers its result."""
    answer = validate_and_calculate(data, with_result, previous=_last[0])
    if answer.result is not None:
        _last[0] = answer.result
    return generation, tuple(answer)


_lock = threading.Lock()
_pool = None
_broken = False


def _helper():
    global _pool, _broken
    if getattr(sys, "frozen", False) or os.environ.get("ROI_DESKTOP_CALC_HELPER") == "0":
        _broken = True  # a frozen build would start the whole app again as the helper; or switched off
    with _lock:
        if _pool is None and not _broken:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            atexit.register(_pool.shutdown, wait=False, cancel_futures=True)
        return None if _broken else _pool


def job_in_helper(generation: int, data: dict, with_result: bool) -> tuple[int, Answer]:
    """``job`` in the helper process; in this thread when there is no helper."""
    global _broken
    pool = _helper()
    if pool is not None:
        try:
            number, answer = pool.submit(_plain_job, generation, data, with_result).result()
            return number, Answer(answer)
        except Exception:  # noqa: BLE001  the helper could not start, died or cannot send this answer
            _broken = True  # work here from now on (a fault of the engine itself is raised again below)
    return job(generation, data, with_result)
