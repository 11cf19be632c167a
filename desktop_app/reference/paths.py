"""Where the bundled ``resources/`` directory is, both from a source checkout and in a PyInstaller app."""

from __future__ import annotations

import sys
from pathlib import Path

import desktop_app


def resources_dir() -> Path:
    """``<repo>/resources`` from source; ``<sys._MEIPASS>/resources`` when frozen by PyInstaller."""
    if getattr(sys, "frozen", False):
        meipass = getattr(sys, "_MEIPASS", None)
        if meipass is not None:
            return Path(meipass) / "resources"
    return Path(desktop_app.__file__).parent.parent / "resources"


def reference_dir() -> Path:
    """``resources/reference``: the versioned reference-data JSON files."""
    return resources_dir() / "reference"
