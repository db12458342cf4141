"""One writer at a time per file, and the temporary files an interrupted save left behind.

:func:`roi_desktop.atomic.write_atomically` writes ``.NAME.XXXXXXXX.tmp`` beside the target and renames it
onto the target. An app killed in between leaves that file. Every save and every open of a project
takes the lock ``.NAME.lock`` beside it (an OS lock: released by the system when a process dies) and,
holding it, removes such leftovers: only files matching the app's own name pattern, and only when no
other process holds the lock, so a save in progress in another instance is never touched.
The lock file itself is removed when released (POSIX); a stale one is simply reused.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

NAME_PART = 40  # how much of the target's name the temporary file and the lock carry
WAIT_SECONDS = 10.0  # how long a save waits for another instance's save of the same file


def temporary_prefix(target: Path) -> str:
    """The start of the name of a temporary file written for ``target``."""
    return f".{target.name[:NAME_PART]}."


def leftover_pattern(target: Path) -> re.Pattern[str]:
    """Names of the temporary files written for ``target`` (tempfile.mkstemp's 8 random characters).

    >>> bool(leftover_pattern(Path("Acme.roi")).fullmatch(".Acme.roi.k2_9xq0a.tmp"))
    True
    >>> bool(leftover_pattern(Path("Acme.roi")).fullmatch(".Acme.roi.backup.tmp"))
    False
    """
    return re.compile(re.escape(temporary_prefix(target)) + r"[a-z0-9_]{8}\.tmp")


def lock_path(target: Path) -> Path:
    return target.parent / f".{target.name[:NAME_PART]}.lock"


def remove_leftovers(target: str | os.PathLike) -> list[Path]:
    """Remove the temporary files an interrupted save of ``target`` left, unless another process is
    writing it right now. Returns what was removed. Never raises (a folder we cannot list has none)."""
    target = Path(target)
    with file_lock(target, wait=0) as locked:
        return delete_leftovers(target) if locked else []


@contextlib.contextmanager
def file_lock(target: Path, *, wait: float = WAIT_SECONDS) -> Iterator[bool]:
    """Hold the lock of ``target`` for the block; yields False when it could not be had within ``wait``
    seconds (another instance is saving, or the folder does not allow a lock file): the caller then
    goes on without it and removes nothing."""
    fd = _acquire(lock_path(target), wait)
    try:
        yield fd is not None
    finally:
        if fd is not None:
            _release(lock_path(target), fd)


def delete_leftovers(target: Path) -> list[Path]:
    """Remove the leftovers of ``target``; the caller holds its lock (:func:`file_lock`)."""
    pattern = leftover_pattern(target)
    removed = []
    try:
        names = [entry for entry in os.scandir(target.parent)
                 if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)]
    except OSError:
        return []
    for entry in names:
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _acquire(path: Path, wait: float) -> int | None:
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        if _try_lock(fd):
            if _still_linked(path, fd):
                return fd
            os.close(fd)  # the holder before us removed the file we opened: lock the new one
            continue
        os.close(fd)
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.02)


def _still_linked(path: Path, fd: int) -> bool:
    if sys.platform == "win32":
        return True
    try:
        now, ours = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (ours.st_dev, ours.st_ino)


def _release(path: Path, fd: int) -> None:
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.unlink(path)  # while still holding it: whoever waits re-checks and locks a fresh file
    _unlock(fd)
    os.close(fd)
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            os.unlink(path)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
