"""`python -m rmcoach` runs the same entry point as the `rmcoach` command."""

import sys

from rmcoach.cli import main

if __name__ == "__main__":
    sys.exit(main())
