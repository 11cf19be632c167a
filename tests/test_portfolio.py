"""``jnzd portfolio``: every field of a row equals what the slow path (``summary``, ``measures``, ``feedback``, the
annex's 意向企业名单 row) says for the same case, the roll-ups equal the sums over the cases, and the workbook, the
PDF and the two commands hold those figures."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2
import pytest

from desktop_app.calculations import measures as measures_calc
from desktop_app.cli import main
from desktop_app.domain.checklist import Status
from desktop_app.domain.workflow import Action
from desktop_app.operations import (
    annex_xlsx,
    checklist,
    demo_portfolio,
    energy,
    equipment,
    feedback,
    measures,
    metering,
    portfolio,
    portfolio_extract,
    portfolio_report,
    products,
    summary,
)
from desktop_app.operations.check import check_case
from desktop_app.operations.report_content_base import gather, num
from desktop_app.storage.casefile import CaseFile


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("portfolio")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JNZD_DATA_DIR", str(root / "data"))
        mp.setenv("JNZD_LANG", "zh")
        demo_portfolio.generate(root / "cases", 12, seed=7)
    yield root / "cases"


@pytest.fixture(scope="module")
def rows(folder: Path) -> list[portfolio.CaseRow]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JNZD_DATA_DIR", str(folder.parent / "data"))
        mp.setenv("JNZD_LANG", "zh")
        return portfolio.scan([folder], use_index=False)


@pytest.fixture(scope="module")
def slow(rows: list[portfolio.CaseRow]) -> dict[Path, dict[str, object]]:
    return {r.path: _slow(r.path) for r in rows if not r.error and r.kind == "case"}


def _slow(path: Path) -> dict[str, object]:
    """The row's figures through the operations a single case's pages use."""
    with CaseFile.open(path, read_only=True) as case:
        s = summary.summarize(case)
        t = measures.totals(case)
        fb = feedback.load(case)
        views = [v for v in measures.register(case) if v.decision != "rejected"]
        comments = case.rows("review_comment")
        decisions = case.rows("review_decision")
        last = decisions[-1] if decisions else None
        changed = len({e.grp for e in case.journal_entries(since_seq=int(last["journal_seq"]))
                       if e.kind in ("edit", "undo", "redo")}) if last else 0
        devices = equipment.register(case)
        met = metering.report(case)
        problems = {
            "淘汰设备": sum(int(v.row.get("quantity") or 1) for v in devices
                        if v.elimination and v.elimination.outcome == "eliminated"),
            "疑似淘汰设备": sum(int(v.row.get("quantity") or 1) for v in devices
                          if v.elimination and v.elimination.outcome == "suspected"),
            "低于能效限定值的设备": sum(int(v.row.get("quantity") or 1) for v in devices
                              if v.grade and v.grade.outcome == "below_limit"),
            "产品单耗超过限定值": sum(1 for p in products.grade_products(case) if p.result.outcome == "below_limit"),
            "计量器具配备率不达标": len(met.noncompliant),
            "计量器具检定过期": len(met.overdue),
            "能源购销存不平衡": sum(1 for i in energy.report(case).items
                              if i.balance is not None and i.balance.imbalance() is not None),
            "诊断清单不符合项": sum(1 for st in checklist.load(case).ordered() if st.status is Status.NONCONFORMING),
        }
        when = datetime.fromisoformat(str(last["decided_utc"])).astimezone() if last else None
        return {
            "enterprise": s.enterprise, "uscc": s.uscc, "region": s.region, "industry": s.industry,
            "agency": s.agency, "diagnosis_type": s.diagnosis_type, "workflow": s.workflow_label,
            "completeness": s.completeness, "blocking": s.blocking, "warnings": s.warnings,
            "energy_tce": s.energy_tce, "last_change": s.last_change_utc,
            "measures": len(views), "by_category": dict(Counter(measures_calc.CATEGORIES[str(v.row["category"])]
                                                                 for v in views)),
            "saving_tce": t.tce_equivalent, "saving_tco2": t.tco2 or Decimal(0), "saving_wan": t.annual_saving_wan,
            "investment_wan": t.investment_wan, "feedback": fb.complete, "adopted": len(fb.adopted),
            "intention": annex_xlsx.intention_row(gather(case)),
            "open_comments": sum(1 for c in comments if not c["resolved_utc"]),
            "last_decision": f"{Action(last['action']).label_zh} · {last['reviewer']} · {when:%Y-%m-%d %H:%M}"
            if last and when else "",
            "changed_since_review": changed, "problems": {k: n for k, n in problems.items() if n},
        }


def test_every_field_equals_the_slow_path(rows: list[portfolio.CaseRow],
                                          slow: dict[Path, dict[str, object]]) -> None:
    cases = [r for r in rows if not r.error and r.kind == "case"]
    assert len(cases) == 11
    states = set()
    for r in cases:
        expected = slow[r.path]
        got = {k: getattr(r, k) for k in expected}
        assert got == expected, r.path.name
        states.add(r.workflow)
    # the demo portfolio is varied: what the table must show differs between its cases
    assert len({r.blocking for r in cases}) > 1 and len({r.saving_tce for r in cases}) == len(cases)
    assert any(r.last_decision for r in cases) and any(r.open_comments for r in cases)
    assert len(states) >= 3 and len({r.agency for r in cases}) > 1


def test_the_demo_case_row_equals_the_annex_and_the_summary(tmp_path: Path) -> None:
    from desktop_app.operations.demo import build_demo

    path = build_demo(tmp_path / "demo.jnzd")
    row = portfolio_extract.read_row(path)
    with CaseFile.open(path, read_only=True) as case:
        s = summary.summarize(case)
        assert row.intention == annex_xlsx.intention_row(gather(case))
        full = check_case(case)
    assert (row.blocking, row.warnings, row.completeness) == (s.blocking, s.warnings, s.completeness)
    # Plausibility = the warnings about the data, not the diagnosis' results (eliminated devices etc.).
    assert row.plausibility == len(full.plausibility) < row.warnings
    assert {f.code for f in full.warnings} - {f.code for f in full.plausibility} >= {"equipment.eliminated"}
    assert row.problems["淘汰设备"] > 0 and row.problems["诊断清单不符合项"] > 0


def test_rollups_are_the_sums_over_the_cases(rows: list[portfolio.CaseRow],
                                             slow: dict[Path, dict[str, object]]) -> None:
    ok = [r for r in rows if not r.error]
    expected = [slow[r.path] for r in ok if r.kind == "case"]
    bundle = next(r for r in ok if r.kind == "bundle")
    s = portfolio.summarize(rows)
    assert s.cases == 12 and s.unreadable == 2 and s.bundles == 1

    def total(key: str) -> Decimal:
        return sum((e[key] for e in expected), Decimal(0)) + getattr(bundle, key)  # type: ignore[misc]

    assert s.saving_tce == total("saving_tce") and s.saving_tco2 == total("saving_tco2")
    assert s.saving_wan == total("saving_wan") and s.investment_wan == total("investment_wan")
    assert s.measures == sum(e["measures"] for e in expected) + bundle.measures  # type: ignore[misc]
    categories: Counter[str] = Counter(bundle.by_category)
    problems: Counter[str] = Counter(bundle.problems)
    for e in expected:
        categories.update(e["by_category"])  # type: ignore[arg-type]
        problems.update(e["problems"])  # type: ignore[arg-type]
    assert s.measures_by_category == dict(categories)
    assert {k: v for k, v in s.problems.items() if v} == dict(problems)
    assert list(s.problems)[:len(portfolio.PROBLEMS)] == list(portfolio.PROBLEMS)
    for attr, key in (("by_type", "diagnosis_type"), ("by_industry", "industry"), ("by_state", "workflow")):
        assert getattr(s, attr) == dict(Counter([*(e[key] for e in expected), getattr(bundle, key)])), attr
    assert s.by_region == {"河南省": 12}
    assert sum(s.by_city.values()) == 12 and all(k.startswith("河南省 ") for k in s.by_city)
    assert s.feedback_received == sum(1 for e in expected if e["feedback"]) + bundle.feedback
    assert s.adopted_measures == sum(e["adopted"] for e in expected) + bundle.adopted  # type: ignore[misc]


def test_workbook_holds_numbers_and_the_list_grouped_by_agency(rows: list[portfolio.CaseRow], tmp_path: Path) -> None:
    out = portfolio.write_workbook(rows, tmp_path / "汇总.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["案例一览", "意向企业名单", "工作总结"]
    overview = list(wb["案例一览"].iter_rows(values_only=True))
    head = overview[0]
    assert len(overview) == len(rows) + 1 and head[-1] == "错误"
    for r, line in zip(rows, overview[1:], strict=True):
        assert line[0] == r.path.name and (line[-1] == (r.error or None))
        if not r.error:
            assert isinstance(line[head.index("节能量（tce/a）")], float)
            assert isinstance(line[head.index("阻断问题")], int)
    listed = list(wb["意向企业名单"].iter_rows(values_only=True))
    assert listed[0] == annex_xlsx.LIST_COLUMNS and [n[0] for n in listed[1:]] == list(range(1, 13))
    agencies = [n[7] for n in listed[1:]]
    assert agencies == sorted(agencies)  # grouped by agency
    lines = {line[0]: line[1] for line in wb["工作总结"].iter_rows(values_only=True)}
    s = portfolio.summarize(rows)
    assert lines["诊断企业数"] == 12 and lines["节能量（当量值）"] == float(s.saving_tce)
    assert lines["发现问题：淘汰设备"] == s.problems["淘汰设备"] and isinstance(lines["投资"], float)


def _pdf_text(path: Path) -> str:
    doc = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_the_pdf_says_the_figures(rows: list[portfolio.CaseRow], tmp_path: Path) -> None:
    out = portfolio_report.write_pdf(rows, tmp_path / "总结.pdf")
    text = _pdf_text(out)
    s = portfolio.summarize(rows)
    assert "工业节能诊断服务工作总结（汇总数据）" in text and "扫描时各案例文件中数据的计数与合计" in text
    for figure in (num(s.saving_tce), num(s.saving_tco2), num(s.saving_wan), num(s.investment_wan)):
        assert figure in text
    assert "主要发现问题" in text and "淘汰设备" in text and "演示_损坏的案例.jnzd" in text
    doc = pypdfium2.PdfDocument(out)
    assert 3 <= len(doc) <= 7  # cover, contents, 2–4 pages of figures
    doc.close()


def test_cli_portfolio_writes_workbook_and_pdf(capsys: pytest.CaptureFixture[str], folder: Path,
                                               tmp_path: Path) -> None:
    work = tmp_path / "cases"
    shutil.copytree(folder, work)
    out, pdf = tmp_path / "省汇总.xlsx", tmp_path / "省汇总.pdf"
    assert main(["portfolio", str(work), "-o", str(out), "--pdf", str(pdf), "--json"]) == 0
    result = json.loads(capsys.readouterr()[0])
    assert result["cases"] == 12 and result["unreadable"] == 2 and out.exists() and pdf.exists()
    assert {Path(e["file"]).name for e in result["errors"]} == {"演示_损坏的案例.jnzd", "演示_不是案例文件.jnzd"}
    assert main(["portfolio", str(work), "-o", str(out), "--no-index"]) == 0
    said = capsys.readouterr()[0]
    assert "已汇总 12 个案例（2 个文件无法读取）" in said and "演示_损坏的案例.jnzd" in said
    assert main(["portfolio", str(tmp_path / "没有这个文件夹"), "-o", str(out)]) == 3


def test_cli_demo_portfolio(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["demo-portfolio", str(tmp_path / "d"), "--count", "3", "--seed", "5", "--no-extras"]) == 0
    assert "已生成 3 个演示案例" in capsys.readouterr()[0]
    files = sorted((tmp_path / "d").iterdir())
    assert [p.name for p in files] == [f"演示案例_000{i}.jnzd" for i in (1, 2, 3)]
    rows = portfolio.scan([tmp_path / "d"])
    assert all(not r.error and r.enterprise.startswith("演示") for r in rows)
    assert main(["demo-portfolio", str(tmp_path / "e"), "--count", "0"]) == 2
    demo_portfolio.generate(tmp_path / "f", 3, seed=5, extras=False)
    again = portfolio.scan([tmp_path / "f"])
    same = ("enterprise", "uscc", "region", "industry", "agency", "diagnosis_type", "workflow", "blocking", "warnings",
            "saving_tce", "investment_wan", "by_category", "problems", "open_comments", "changed_since_review")
    assert [[getattr(r, f) for f in same] for r in again] == [[getattr(r, f) for f in same] for r in rows]  # seeded
