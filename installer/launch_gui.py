"""PyInstaller entry point of the `casework-gui` executable (the `casework-gui` entry point, ui.app:main)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
