"""Qt test set-up: offscreen before any Qt import, isolated QSettings, the app font, leak checks, and the demo case
(built once per test run, copied for each test)."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.operations.demo import build_demo
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


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case, built once per test run: a closed, self-contained SQLite file, with the data folder it was
    built with (its open and close snapshots) beside it as ``data``. Never open it: copy it (``demo_path`` does)."""
    root = tmp_path_factory.mktemp("demo-build")
    with pytest.MonkeyPatch.context() as mp:  # before any test's own environment: set what tests/conftest.py sets
        mp.setenv("JNZD_DATA_DIR", str(root / "data"))
        mp.setenv("JNZD_USER", "测试工程师")
        mp.setenv("JNZD_LANG", "zh")
        case = build_demo(root / "demo.jnzd")
    beside = sorted(p.name for p in root.iterdir() if p.name != "data" and p != case)
    assert beside == [], f"build_demo left files beside the case: {beside}"
    return case


@pytest.fixture
def demo_path(built_demo: Path, tmp_path: Path, _jnzd_env: Path) -> Path:
    """This test's own copy of the demo case, with the build's snapshots in this test's own data folder — as if
    ``build_demo(tmp_path / "demo.jnzd")`` had just run in this test."""
    shutil.copytree(built_demo.parent / "data", _jnzd_env, dirs_exist_ok=True)
    return Path(shutil.copy(built_demo, tmp_path / "demo.jnzd"))
