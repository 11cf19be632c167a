"""PyInstaller entry script: the frozen ``jnzd`` / ``jnzd-gui`` executables start here.

It is the same entry as the ``jnzd`` console script and ``python -m desktop_app``: everything (GUI or a headless
subcommand, exit codes) is decided by ``desktop_app.cli.main``.
"""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    # A no-op unless this process is a multiprocessing child of the frozen app (spawn start method, the only
    # one on Windows); without it such a child would run main() again instead of its task.
    multiprocessing.freeze_support()
    sys.exit(main())
