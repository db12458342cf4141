"""Write files atomically: to a temporary file beside the target, then replace the target.

A failed write leaves the target as it was (or absent) and no temporary file behind, and the
error says why in words a user understands.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from roi_desktop.core.errors import RoiError
from roi_desktop.save_lock import delete_leftovers, file_lock, temporary_prefix


class FileWriteError(RoiError, OSError):
    """A file could not be written. ``reason`` is a sentence for the user."""

    def __init__(self, path: Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Could not write {self.path}: {reason}")


def explain(error: OSError, path: Path) -> str:
    """Why writing ``path`` failed, in a user's words."""
    folder = Path(path).parent
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno == errno.EDQUOT:
        return "the disk quota is exceeded"
    if error.errno == errno.ENOENT:
        return f"the folder {folder} does not exist"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if error.errno == errno.EISDIR or Path(path).is_dir():
        return "a folder with that name is in the way"
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        if Path(path).exists() and not os.access(path, os.W_OK):
            return "the file is read-only, or open in another program (close it and try again)"
        if not os.access(folder, os.W_OK):
            return f"the folder {folder} is read-only"
        return "the file is open in another program (close it and try again), or access is denied"
    return error.strerror or str(error)


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write(stream)`` on a temporary file, then move it onto ``path`` in one step.

    One process at a time writes ``path`` (see :mod:`roi_desktop.save_lock`); holding that lock, the
    temporary files an interrupted earlier save left are removed first."""
    target = Path(path)
    if target.is_dir():
        raise FileWriteError(target, "a folder with that name is in the way")
    with file_lock(target) as locked:
        if locked:
            delete_leftovers(target)
        return _write(target, write)


def _write(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            try:
                os.chmod(tmp_name, target.stat().st_mode & 0o777)
            except OSError:
                pass
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise FileWriteError(target, explain(error, target)) from error
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def write_bytes_atomically(path: str | os.PathLike, data: bytes) -> Path:
    def write(stream: BinaryIO) -> None:
        stream.write(data)
    return write_atomically(path, write)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
