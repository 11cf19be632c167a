"""``python -m desktop_app`` → the same entry as the ``jnzd`` command."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
