"""A supervisor's portfolio of case files (issue 8, first part): one row per case read read-only, a row with its
error for a file that is not a readable case (never a crash), and the province's roll-ups — the 意向企业名单 across
the portfolio grouped by agency, and the 工作总结 figures (counts by diagnosis type, industry and region; measures
by category; savings in tce, CO2 and yuan; investment; feedback received; adopted measures).

Reading never writes: every case is opened as an in-memory read-only copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop_app import CASE_SUFFIX
from desktop_app.calculations import measures as measures_calc
from desktop_app.domain.errors import JnzdError
from desktop_app.operations import feedback, measures, summary
from desktop_app.storage.casefile import CaseFile


@dataclass
class CaseRow:
    path: Path
    error: str = ""
    enterprise: str = ""
    uscc: str = ""
    region: str = ""
    industry: str = ""
    agency: str = ""
    diagnosis_type: str = ""
    workflow: str = ""
    completeness: float = 0.0
    blocking: int = 0
    warnings: int = 0
    energy_tce: str = ""
    measures: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    saving_tce: Decimal = Decimal(0)
    saving_tco2: Decimal = Decimal(0)
    saving_wan: Decimal = Decimal(0)
    investment_wan: Decimal = Decimal(0)
    feedback: bool = False
    adopted: int = 0
    last_change: str = ""
    intention: list[object] = field(default_factory=list)  # the 意向企业名单 row (annex_xlsx.LIST_COLUMNS)
    kind: str = "case"  # "case" (a .jnzd file) or "bundle" (an upload bundle, read only: no decisions)
    open_comments: int = 0  # review comments not yet resolved
    last_decision: str = ""  # e.g. "退回修改 · 张审核 · 2026-11-20 10:31" ("" when never reviewed)
    changed_since_review: int = 0  # engineer change groups since the last review decision
    problems: dict[str, int] = field(default_factory=dict)  # typical problems found (工作总结), counted per case


def case_files(folders: Iterable[Path]) -> list[Path]:
    """Every case file under the folders (recursively), in a stable order."""
    out: list[Path] = []
    for folder in folders:
        if folder.is_file():
            out.append(folder)
            continue
        out.extend(sorted(p for p in folder.rglob(f"*{CASE_SUFFIX}") if p.is_file()))
    return out


def read_row(path: Path) -> CaseRow:
    row = CaseRow(path)
    try:
        with CaseFile.open(path, read_only=True) as case:
            s = summary.summarize(case)
            row.enterprise, row.uscc, row.region, row.industry = s.enterprise, s.uscc, s.region, s.industry
            row.agency, row.diagnosis_type, row.workflow = s.agency, s.diagnosis_type, s.workflow_label
            row.completeness, row.blocking, row.warnings = s.completeness, s.blocking, s.warnings
            row.energy_tce, row.last_change = s.energy_tce, s.last_change_utc
            views = [v for v in measures.register(case) if v.decision != "rejected"]
            row.measures = len(views)
            row.by_category = dict(Counter(measures_calc.CATEGORIES.get(str(v.row["category"]), "其他")
                                           for v in views))
            t = measures.totals(case)
            row.saving_tce, row.saving_tco2 = t.tce_equivalent, t.tco2 or Decimal(0)
            row.saving_wan, row.investment_wan = t.annual_saving_wan, t.investment_wan
            fb = feedback.load(case)
            row.feedback, row.adopted = fb.complete, len(fb.adopted)
            from desktop_app.operations import annex_xlsx
            from desktop_app.operations.report_content_base import gather

            row.intention = annex_xlsx.intention_row(gather(case))
    except JnzdError as exc:
        row.error = exc.message()
    return row


def read_portfolio(folders: Sequence[Path]) -> list[CaseRow]:
    return scan(folders)


def scan(folders: Sequence[Path], *, progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> list[CaseRow]:
    """One row per case file (and upload bundle) under the folders; ``progress(done, total)`` after each file;
    stops early (returning the rows read so far) when ``cancelled()`` says so."""
    files = case_files(folders)
    rows: list[CaseRow] = []
    for n, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            break
        rows.append(read_row(path))
        if progress is not None:
            progress(n, len(files))
    return rows


@dataclass(frozen=True)
class Summary:
    """The 工作总结 figures over the readable cases."""

    cases: int
    unreadable: int
    by_type: dict[str, int]
    by_industry: dict[str, int]
    by_region: dict[str, int]
    by_state: dict[str, int]
    measures: int
    measures_by_category: dict[str, int]
    saving_tce: Decimal
    saving_tco2: Decimal
    saving_wan: Decimal
    investment_wan: Decimal
    feedback_received: int
    adopted_measures: int


def summarize(rows: Sequence[CaseRow]) -> Summary:
    ok = [r for r in rows if not r.error]
    categories: Counter[str] = Counter()
    for r in ok:
        categories.update(r.by_category)
    return Summary(
        len(ok), len(rows) - len(ok), dict(Counter(r.diagnosis_type or "—" for r in ok)),
        dict(Counter(r.industry or "—" for r in ok)), dict(Counter(r.region.split(" ")[0] or "—" for r in ok)),
        dict(Counter(r.workflow or "—" for r in ok)), sum(r.measures for r in ok), dict(categories),
        sum((r.saving_tce for r in ok), Decimal(0)), sum((r.saving_tco2 for r in ok), Decimal(0)),
        sum((r.saving_wan for r in ok), Decimal(0)), sum((r.investment_wan for r in ok), Decimal(0)),
        sum(1 for r in ok if r.feedback), sum(r.adopted for r in ok))


def write_workbook(rows: Sequence[CaseRow], out: Path) -> Path:
    """案例一览, 意向企业名单 (grouped by agency) and 工作总结 sheets; numbers as numbers; written atomically."""
    import os

    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    from desktop_app.operations.annex_xlsx import LIST_COLUMNS

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "案例一览"
    head = ["案例文件", "企业名称", "统一社会信用代码", "所在地区", "所属行业", "服务机构", "诊断类型", "状态",
            "完整度（%）", "阻断问题", "警告", "综合能耗（当量值，tce）", "节能措施（项）", "节能量（tce/a）",
            "减排（tCO2/a）", "年节约（万元）", "投资（万元）", "企业反馈", "最后修改（UTC）", "错误"]
    ws.append(head)
    for r in rows:
        ws.append([r.path.name, r.enterprise or None, r.uscc or None, r.region or None, r.industry or None,
                   r.agency or None, r.diagnosis_type or None, r.workflow or None,
                   None if r.error else round(r.completeness * 100, 1), None if r.error else r.blocking,
                   None if r.error else r.warnings, _number(r.energy_tce), None if r.error else r.measures,
                   None if r.error else float(r.saving_tce), None if r.error else float(r.saving_tco2),
                   None if r.error else float(r.saving_wan), None if r.error else float(r.investment_wan),
                   None if r.error else ("已确认" if r.feedback else "未填完"), r.last_change or None, r.error or None])
    lst = wb.create_sheet("意向企业名单")
    lst.append(list(LIST_COLUMNS))
    readable = sorted((r for r in rows if not r.error and r.intention), key=lambda r: (r.agency, r.enterprise))
    for n, r in enumerate(readable, start=1):
        lst.append([n, *r.intention[1:]])
    s = summarize(rows)
    total = wb.create_sheet("工作总结")
    lines: list[list[object]] = [["项目", "数值", "单位"], ["诊断企业数", s.cases, "家"],
                                 ["无法读取的文件", s.unreadable, "个"]]
    for title, counts in (("按诊断类型", s.by_type), ("按行业", s.by_industry), ("按地区", s.by_region),
                          ("按状态", s.by_state), ("节能措施按类别", s.measures_by_category)):
        lines += [[f"{title}：{k}", v, "项" if "措施" in title else "家"] for k, v in sorted(counts.items())]
    lines += [["节能措施（不含不采纳）", s.measures, "项"], ["节能量（当量值）", float(s.saving_tce), "tce/a"],
              ["二氧化碳减排", float(s.saving_tco2), "t/a"], ["年节约费用", float(s.saving_wan), "万元/a"],
              ["投资", float(s.investment_wan), "万元"], ["已确认企业反馈", s.feedback_received, "家"],
              ["企业拟采纳措施", s.adopted_measures, "项"]]
    for line in lines:
        total.append(line)
    for sheet in (ws, lst, total):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.writing")
    wb.save(tmp)
    os.replace(tmp, out)
    return out


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "")) if text else None
    except ValueError:
        return None
