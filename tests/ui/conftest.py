"""Qt test set-up: offscreen before any Qt import, isolated QSettings, the app font, leak checks, and the demo case
(built once per test run, copied for each test)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.ui.fonts import ensure_cjk_font


@pytest.fixture(autouse=True)
def _qt_isolation(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Own settings per test; after the test no visible top-level widget and no running thread remain."""
    qapp.setOrganizationName("JNZD-tests")
    qapp.setApplicationName("jnzd-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ensure_cjk_font(qapp)
    yield
    qapp.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in leaked:
        w.close()
    assert not leaked, f"test left visible top-level widgets: {leaked}"
    assert QThreadPool.globalInstance().waitForDone(5000)
