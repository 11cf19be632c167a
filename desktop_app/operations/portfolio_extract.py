"""One portfolio row per file, read fast: the figures the supervisor's table needs and nothing else.

The same figures as the slow path (``summary.summarize``, ``measures.register``/``totals``, ``feedback.load``,
``annex_xlsx.intention_row(gather(case))``; the tests compare them), minus the work the table never shows:

- the case is read in place (``CaseFile.open_reader``): no in-memory copy of its blobs, no lock, no snapshot;
- the check runs every checker of ``check.CHECKERS`` except three, replaced by cheaper equivalents. The file's
  integrity is ``check.check_integrity_quick``: rows, chain, schema, workflow state and blobs are proven against
  the journal, but SQLite's page check is not run (``jnzd check`` does; the column's tooltip says so). The other
  two skip what cannot change a finding: the checklist derives an item's bound answer only when the item's
  result depends on it (the
  engineer's status is 未查, or a 不符合 without a finding, or a number answered without a value), and the measures
  are evaluated without NPV/IRR (their lifetime is still validated; a valid lifetime never makes NPV/IRR fail);
- no measurement statistics, products text, metering text or equipment text.

Typical problems (``PROBLEMS``), counted per case from the operations that decide them:

- 淘汰设备 / 疑似淘汰设备: devices (台: Σ quantity of the register rows) whose eliminated-equipment check says
  so (``equipment.register``);
- 低于能效限定值的设备: devices (台) graded below their product standard's 能效限定值;
- 产品单耗超过限定值: products graded below the mandatory 能耗限额 (``products.grade_products``);
- 计量器具配备率不达标: energy × level rows of the GB 17167 配备率 table below the requirement (``metering.report``);
- 计量器具检定过期: instruments whose calibration expired before the as-of date;
- 能源购销存不平衡: energy items whose purchase/stock/consumption balance is off by more than 1 %;
- 诊断清单不符合项: checklist items whose status (the engineer's, else the bound data's) is 不符合.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.calculations import measures as measures_calc
from desktop_app.calculations.energy import display_tce
from desktop_app.domain.checklist import Status
from desktop_app.domain.errors import JnzdError
from desktop_app.domain.findings import CheckReport, Finding, Severity
from desktop_app.domain.messages import render
from desktop_app.domain.review import DECISION_LABELS, local_minute
from desktop_app.domain.signature import Verdict
from desktop_app.domain.workflow import State
from desktop_app.operations import (
    bindings,
    check,
    checklist,
    energy,
    equipment,
    feedback,
    intention_list,
    measures,
    metering,
    products,
    signing,
)
from desktop_app.operations.checklist import ItemState
from desktop_app.operations.equipment import DeviceView
from desktop_app.operations.memo import per_revision
from desktop_app.operations.summary import industry_text, region_text
from desktop_app.reference import catalogues
from desktop_app.storage.case_peek import as_case_error, review_status
from desktop_app.storage.casefile import CaseFile

BUNDLE_SUFFIX = ".zip"  # upload bundles (operations.export names them <uscc>_<as-of>_<id>.zip)

PROBLEMS = ("淘汰设备", "疑似淘汰设备", "低于能效限定值的设备", "产品单耗超过限定值", "计量器具配备率不达标",
            "计量器具检定过期", "能源购销存不平衡", "诊断清单不符合项")


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
    plausibility: int = 0  # warnings about the data itself (not the diagnosis' results: findings.RESULT_CODES)
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
    intention: list[object] = field(default_factory=list)  # the 意向企业名单 row (intention_list.LIST_COLUMNS)
    kind: str = "case"  # "case" (a .jnzd file) or "bundle" (an upload bundle, read only: no decisions)
    open_comments: int = 0  # review comments not yet resolved
    last_decision: str = ""  # e.g. "退回修改 · 张审核 · 2026-11-20 10:31" ("" when never reviewed)
    changed_since_review: int = 0  # engineer change groups since the last review decision
    problems: dict[str, int] = field(default_factory=dict)  # typical problems found (工作总结), counted per case
    signature: str = ""  # who signed the submission, as the table shows it ("" for a draft nobody signed)
    signature_status: str = ""  # valid | unknown_key | unsigned | forged | "" (a draft)
    signature_lines: list[str] = field(default_factory=list)  # signing.summary: every signature and what is unsigned


# --- reading one file -------------------------------------------------------------------------------------------
def read_row(path: Path) -> CaseRow:
    """The row of one case file or upload bundle; a file that cannot be read gives a row with its error (a
    sentence naming the file), never an exception."""
    kind = "bundle" if path.name.lower().endswith(BUNDLE_SUFFIX) else "case"
    try:
        if kind == "bundle":
            return _read_bundle(path)
        with CaseFile.open_reader(path) as case:
            return extract(case, path)
    except JnzdError as exc:
        return CaseRow(path, error=exc.message(), kind=kind)
    except Exception as exc:  # a damaged file must give a row, never end the scan (MemoryError etc. still raise)
        typed = as_case_error(exc, path)
        error = typed.message() if typed else render("portfolio.unreadable", path=path,
                                                      detail=f"{type(exc).__name__}: {exc}")
        return CaseRow(path, error=error, kind=kind)


def read_rows(paths: list[Path]) -> list[CaseRow]:
    """Rows of several files (one chunk of a parallel scan)."""
    return [read_row(p) for p in paths]


def _read_bundle(path: Path) -> CaseRow:
    """Check the bundle as ``jnzd open-bundle`` does (the same code: every member's size and SHA-256, case.json,
    its rows), rebuild its case in a private temporary folder (never beside the bundle), read the row from it."""
    from desktop_app.operations import export

    with tempfile.TemporaryDirectory(prefix="jnzd-bundle-") as tmp:
        target = export.open_bundle(path, Path(tmp) / "case.jnzd", user="portfolio", note=False)
        with CaseFile.open_reader(target) as case:
            row = extract(case, path)
    row.kind = "bundle"
    return row


# --- the figures ------------------------------------------------------------------------------------------------
def extract(case: CaseFile, path: Path) -> CaseRow:
    ent = case.row("enterprise", 1) or {}
    eng = case.row("engagement", 1) or {}
    info = case.row("case_info", 1) or {}
    report, nonconforming = fast_check(case)
    state = str(info.get("workflow_state") or "draft")
    dtype = catalogues.diagnosis_type(str(eng.get("diagnosis_type") or ""))
    rep = energy.report(case)
    row = CaseRow(
        path, enterprise=str(ent.get("name") or ""), uscc=str(ent.get("uscc") or ""), region=region_text(ent),
        industry=industry_text(ent.get("industry_code")), agency=str(eng.get("agency") or ""),
        diagnosis_type=dtype.name_zh if dtype else "",
        workflow=State(state).label_zh if state in State._value2member_map_ else state,
        completeness=round(report.completeness, 4), blocking=len(report.blocking), warnings=len(report.warnings),
        plausibility=len(report.plausibility),
        energy_tce=display_tce(rep.total_tce) if any(i.conversion for i in rep.items) else "",
        last_change=case.journal_stats()[1])
    views = [v for v in _measure_views(case) if v.decision != "rejected"]
    row.measures = len(views)
    row.by_category = dict(Counter(measures_calc.CATEGORIES.get(str(v.row["category"]), "其他") for v in views))
    t = measures_calc.totals([v.figures for v in views if v.figures is not None])
    row.saving_tce, row.saving_tco2 = t.tce_equivalent, t.tco2 or Decimal(0)
    row.saving_wan, row.investment_wan = t.annual_saving_wan, t.investment_wan
    fb = feedback.load(case)
    row.feedback, row.adopted = fb.complete, len(fb.adopted)
    row.intention = _intention(ent, eng, row)
    review = review_status(case)
    row.open_comments, row.changed_since_review = review.open_comments, review.changed_since
    if review.action:
        label = DECISION_LABELS.get(review.action, review.action)
        row.last_decision = " · ".join((label, review.reviewer, local_minute(review.decided_utc)))
    row.problems = _problems(case, nonconforming)
    row.signature, row.signature_status = _signature(case, state)
    row.signature_lines = signing.summary(case)
    return row


def _signature(case: CaseFile, state: str) -> tuple[str, str]:
    """The submission's signer and the column's verdict: forged if any signature is, else the newest submission's
    (valid with a known key, or with an unknown one), else unsigned for a case past draft."""
    judged = signing.verify(case)
    forged = [s for s in judged if s.verdict is Verdict.FORGED]
    if forged:
        return render("portfolio.signature_forged", signer=forged[0].signer), "forged"
    submits = [s for s in judged if s.purpose == "submit"]
    if submits:
        s = submits[-1]
        if s.known or s.own:
            return s.known_as or s.signer, "valid"
        return render("portfolio.signature_unknown", signer=s.signer), "unknown_key"
    if state != "draft":
        return render("portfolio.signature_none"), "unsigned"
    return "", ""


def _intention(ent: dict[str, Any], eng: dict[str, Any], row: CaseRow) -> list[object]:
    return intention_list.intention_row(ent, eng, enterprise=row.enterprise, industry=row.industry,
                                        diagnosis_type=row.diagnosis_type)


def _problems(case: CaseFile, nonconforming: int) -> dict[str, int]:
    devices = equipment.register(case)
    met = metering.report(case)
    def units(views: Iterable[DeviceView]) -> int:
        return sum(int(v.row.get("quantity") or 1) for v in views)

    counts = {
        "淘汰设备": units(v for v in devices if v.elimination and v.elimination.outcome == "eliminated"),
        "疑似淘汰设备": units(v for v in devices if v.elimination and v.elimination.outcome == "suspected"),
        "低于能效限定值的设备": units(v for v in devices if v.grade and v.grade.outcome == "below_limit"),
        "产品单耗超过限定值": sum(1 for p in products.grade_products(case) if p.result.outcome == "below_limit"),
        "计量器具配备率不达标": len(met.noncompliant),
        "计量器具检定过期": len(met.overdue),
        "能源购销存不平衡": sum(1 for i in energy.report(case).items
                          if i.balance is not None and i.balance.imbalance() is not None),
        "诊断清单不符合项": nonconforming,
    }
    return {k: n for k, n in counts.items() if n}


# --- the check, without the work that cannot change its result --------------------------------------------------
def fast_check(case: CaseFile) -> tuple[CheckReport, int]:
    """``check.check_case(case)`` (same findings, same completeness) and the number of 不符合 checklist items."""
    report = CheckReport()
    nonconforming = 0
    for checker in check.CHECKERS:
        if checker is check.check_checklist:
            part, nonconforming = _check_checklist(case)
        elif checker is check.check_measures:
            part = _check_measures(case)
        elif checker is check.check_integrity:
            part = check.check_integrity_quick(case)
        else:
            part = checker(case)
        report.extend(part)
    return report, nonconforming


def _item_state(case: CaseFile, it: Any, answer: dict[str, object] | None) -> ItemState:
    st = ItemState(it, answer, None, 0)
    manual = st.manual_status
    needed = (manual is Status.UNCHECKED
              or (manual is Status.NONCONFORMING and not str((answer or {}).get("finding") or "").strip())
              or (it.answer.type == "number" and manual in (Status.CONFORMING, Status.NONCONFORMING)
                  and st.value() is None))
    return ItemState(it, answer, bindings.derive(case, it.binding), 0) if needed and it.binding else st


def _check_checklist(case: CaseFile) -> tuple[CheckReport, int]:
    """``check.check_checklist`` with bound answers derived only where they decide something."""
    report = CheckReport()
    templates = checklist.frozen_templates(case)
    if not templates:
        report.findings.append(Finding(Severity.BLOCKING, check.CHECKLIST, "", "checklist.no_template",
                                       f"{check.CHECKLIST}：尚未选择清单模板"))
        return report, 0
    answers = {str(r["item_id"]): r for r in case.rows("checklist_answer")}
    items: dict[str, ItemState] = {}
    order = []
    for t in templates:
        for s in t.sections:
            for it in s.items:
                items[it.id] = _item_state(case, it, answers.get(it.id))
                order.append(it.id)
    nonconforming = 0
    for st in (items[i] for i in order):
        it = st.item
        name = f"{it.id} {it.title}"
        status = st.status
        nonconforming += status is Status.NONCONFORMING
        if it.required:
            report.required_total += 1
            report.required_filled += int(st.answered)
        if status is Status.FOLLOW_UP:
            sev = Severity.BLOCKING if it.required else Severity.WARNING
            report.findings.append(Finding(sev, check.CHECKLIST, name, "checklist.follow_up",
                                           f"{check.CHECKLIST}：{name} 标记为“待补充”", f"checklist.{it.id}"))
        elif it.required and not st.answered:
            report.findings.append(Finding(Severity.BLOCKING, check.CHECKLIST, name, "checklist.unanswered",
                                           f"{check.CHECKLIST}：必填条目 {name} 未回答", f"checklist.{it.id}"))
        if (status is Status.NONCONFORMING and not str((st.answer or {}).get("finding") or "").strip()
                and st.derived is None):
            report.findings.append(Finding(Severity.WARNING, check.CHECKLIST, name, "checklist.no_finding",
                                           f"{check.CHECKLIST}：{name} 为“不符合”但没有写发现与说明",
                                           f"checklist.{it.id}"))
        if (it.answer.type == "number" and status in (Status.CONFORMING, Status.NONCONFORMING)
                and st.value() is None and st.derived is None):
            report.findings.append(Finding(Severity.WARNING, check.CHECKLIST, name, "checklist.no_value",
                                           f"{check.CHECKLIST}：{name} 已回答但未填数值（{it.answer.unit}）",
                                           f"checklist.{it.id}"))
    return report, nonconforming


@dataclass(frozen=True)
class _MeasureView:
    row: dict[str, Any]
    streams: list[dict[str, Any]]
    decision: str
    figures: measures_calc.MeasureFigures | None
    error: str

    @property
    def title(self) -> str:
        return f"{self.row.get('code') or ''} {self.row['title']}".strip()


@per_revision
def _measure_views(case: CaseFile) -> list[_MeasureView]:
    """``measures.register`` without NPV and IRR (the bisection is most of its cost; the table shows neither)."""
    settings = measures._settings(case)
    prices = measures.default_prices(case)
    streams = case.rows("measure_stream")
    latest: dict[int, str] = {}
    for d in sorted(case.rows("measure_decision"), key=lambda r: (r["decided_on"], r["id"])):
        latest[int(d["measure_id"])] = str(d["decision"])
    out = []
    for row in sorted(case.rows("measure"), key=lambda r: (r.get("sort_order") or 0, r["id"])):
        mine = [s for s in streams if s["measure_id"] == row["id"]]
        figures, error = None, ""
        try:
            figures = measures._figures({**row, "lifetime_years": None}, mine, settings, prices)
            if row.get("lifetime_years") is not None:  # validated as register() does (no IRR: investment 0)
                measures._figures({"lifetime_years": row["lifetime_years"]}, [], settings, prices)
        except JnzdError as exc:
            figures, error = None, exc.message()
        out.append(_MeasureView(row, mine, latest.get(int(row["id"]), "proposed"), figures, error))
    return out


def _check_measures(case: CaseFile) -> CheckReport:
    """``check.check_measures`` on the views above."""
    return check.measure_findings(case, _measure_views(case))
