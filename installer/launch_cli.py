"""PyInstaller entry point of the `casework` executable (the `casework` entry point, casework.cli.main:main)."""

import sys

from casework.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
