"""Entry script PyInstaller freezes into the ``roi-desktop`` executable (Windows, macOS and Linux).

A windowed app has no console, so logging to the user's data folder starts before anything else;
then it is the same ``main`` as the ``roi-desktop`` command installed from the wheel.
"""

import multiprocessing
import sys

from roi_desktop.cli.main import main
from roi_desktop.logs import setup_logging

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless if unused; required if a worker process is ever started
    setup_logging()
    sys.exit(main())
