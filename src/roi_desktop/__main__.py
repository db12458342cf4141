"""``python -m roi_desktop``: the same entry point as the ``roi-desktop`` command."""

import sys

from roi_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
