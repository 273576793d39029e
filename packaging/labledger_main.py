"""Entry point of the bundled application: the same as the ``labledger`` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
