"""Shared test set-up: every test gets its own data folder (snapshots, logs), user and language."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _jnzd_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("JNZD_DATA_DIR", str(data))
    monkeypatch.setenv("JNZD_USER", "测试工程师")
    monkeypatch.setenv("JNZD_LANG", "zh")
    return data
