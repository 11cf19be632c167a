"""``jnzd portfolio``: one row per case read without writing, a row with its error for a broken file, and
roll-ups equal to the sums over the cases."""

from __future__ import annotations

import hashlib
import json
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.operations import measures, portfolio
from desktop_app.storage.casefile import CaseFile


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.operations.demo import build_demo

    root = tmp_path_factory.mktemp("portfolio")
    (root / "a").mkdir()
    first = build_demo(root / "a" / "demo1.jnzd")
    shutil.copy(first, root / "a" / "demo2.jnzd")
    (root / "b").mkdir()
    (root / "b" / "broken.jnzd").write_bytes(b"this is not a case file")
    return root


def test_rows_errors_and_sums(folder: Path) -> None:
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.jnzd")}
    rows = portfolio.read_portfolio([folder])
    assert [r.path.name for r in rows] == ["demo1.jnzd", "demo2.jnzd", "broken.jnzd"]
    assert rows[2].error and "broken.jnzd" in rows[2].error
    with CaseFile.open(rows[0].path, read_only=True) as case:
        single = measures.totals(case)
    s = portfolio.summarize(rows)
    assert s.cases == 2 and s.unreadable == 1
    assert s.saving_tce == 2 * single.tce_equivalent and s.investment_wan == 2 * single.investment_wan
    assert s.measures == 2 * single.count and s.feedback_received == 2
    assert sum(s.measures_by_category.values()) == s.measures
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.jnzd")} == before  # read only


def test_cli_writes_the_workbook(capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "省汇总.xlsx"
    assert main(["portfolio", str(folder), "-o", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr()[0])
    assert result["cases"] == 2 and result["unreadable"] == 1 and result["errors"][0]["file"].endswith("broken.jnzd")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["案例一览", "意向企业名单", "工作总结"]
    names = [c.value for c in wb["意向企业名单"][1]]
    assert names[:2] == ["序号", "企业名称"] and wb["意向企业名单"].max_row == 3
    assert wb["意向企业名单"]["B2"].value == "河南中岳建材有限公司"
    overview = wb["案例一览"]
    assert overview.max_row == 4 and overview["T4"].value  # the broken file's row carries its error
    saving = next(r for r in wb["工作总结"].iter_rows(values_only=True) if r[0] == "节能量（当量值）")
    assert isinstance(saving[1], float) and Decimal(str(saving[1])) > 0
