"""Shared test set-up: every test gets its own data folder (snapshots, logs), user and language; the demo case is
built once per test run (``built_demo``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.operations.demo import build_demo


@pytest.fixture(autouse=True)
def _jnzd_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("JNZD_DATA_DIR", str(data))
    monkeypatch.setenv("JNZD_USER", "测试工程师")
    monkeypatch.setenv("JNZD_LANG", "zh")
    return data


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
