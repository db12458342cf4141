"""Entry script PyInstaller freezes into the ``roi-desktop`` executable (Windows, macOS and Linux).

A windowed app has no console: logging to the user's data folder starts before anything else, and on
Windows, where a windowed program has no standard output at all, ``roi-desktop.exe calc ...`` typed in a
terminal writes to that terminal (or nowhere, when started from the Start menu) instead of failing.
Then it is the same ``main`` as the ``roi-desktop`` command installed from the wheel.
"""

import multiprocessing
import os
import sys


def _windows_console_streams() -> None:
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    target = os.devnull
    try:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS: the terminal that started us
            target = "CONOUT$"
    except (AttributeError, OSError):
        pass
    stream = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115 (lives as long as the app)
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless if unused; required if a worker process is ever started
    _windows_console_streams()
    from roi_desktop.cli.main import main
    from roi_desktop.logs import setup_logging

    setup_logging()
    sys.exit(main())
