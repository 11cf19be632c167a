"""A case file of every released schema version opens, upgrades to the current one and keeps its data.

When a schema version is released, add ``tests/fixtures/schema_vN.jnzd`` (``jnzd demo``) — never regenerate an
old one: it stands for the files engineers already have.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop_app.storage import schema
from desktop_app.storage.case_io import identify
from desktop_app.storage.casefile import CaseFile

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.jnzd"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = {int(re.search(r"schema_v(\d+)", p.name)[1]) for p in FIXTURES}  # type: ignore[index]
    assert versions == set(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_opens_upgrades_and_keeps_data(fixture: Path, tmp_path: Path) -> None:
    case_path = tmp_path / fixture.name
    shutil.copy(fixture, case_path)
    with CaseFile.open(case_path) as case:
        assert case.schema_version() == schema.SCHEMA_VERSION
        assert case.row("enterprise", 1)["name"] == "河南中岳建材有限公司"
        assert case.row("enterprise", 1)["uscc"] == "91410782MA9K3C7E2M"
        assert len(case.rows("contact")) == 2
        assert case.verify_journal() is None
        assert case.integrity_check() == "ok"
    assert identify(case_path) == schema.SCHEMA_VERSION


def test_fixture_of_the_current_version_has_the_current_schema(tmp_path: Path) -> None:
    """A fixture taken before a late change to the unreleased migration would test the wrong file."""
    import sqlite3

    def tables(path: Path) -> dict[str, list[str]]:
        conn = sqlite3.connect(path)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                   " AND name NOT LIKE 'sqlite_%'")]
            return {n: [r[1] for r in conn.execute(f"PRAGMA table_info({n})")] for n in sorted(names)}
        finally:
            conn.close()

    current = Path(__file__).parent / "fixtures" / f"schema_v{schema.SCHEMA_VERSION}.jnzd"
    with CaseFile.create(tmp_path / "new.jnzd", as_of_date="2026-03-20"):
        pass
    assert tables(current) == tables(tmp_path / "new.jnzd")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_read_only_is_upgraded_in_memory_and_the_file_stays(fixture: Path, tmp_path: Path) -> None:
    """A reviewer reads engineers' older files without changing them: the copy is upgraded, the file is not."""
    import hashlib

    from desktop_app.operations import summary

    case_path = tmp_path / fixture.name
    shutil.copy(fixture, case_path)
    before = hashlib.sha256(case_path.read_bytes()).hexdigest()
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.schema_version() == schema.SCHEMA_VERSION
        assert summary.summarize(case).enterprise == "河南中岳建材有限公司"
    assert hashlib.sha256(case_path.read_bytes()).hexdigest() == before
    assert identify(case_path) == int(re.search(r"schema_v(\d+)", fixture.name)[1])  # type: ignore[index]
