"""One read of a case for ``jnzd info`` and the overview page."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from desktop_app import __version__
from desktop_app.calculations.energy import display_tce
from desktop_app.domain.errors import CaseReadOnly
from desktop_app.domain.findings import CheckReport, Severity
from desktop_app.domain.messages import render
from desktop_app.domain.review import DECISION_LABELS
from desktop_app.domain.sme import classify_stored
from desktop_app.domain.workflow import State
from desktop_app.operations import checklist, energy, equipment, metering, products, signing
from desktop_app.operations.check import check_case
from desktop_app.reference import catalogues
from desktop_app.storage.case_peek import review_status
from desktop_app.storage.casefile import CaseFile


@dataclass(frozen=True)
class CaseSummary:
    path: str
    case_uuid: str
    schema_version: int
    created_by_app: str
    written_by_app: str
    read_only: str  # why, or "" when writable
    workflow_state: str
    workflow_label: str
    as_of_date: str
    enterprise: str
    uscc: str
    region: str
    industry: str
    sme_class: str
    sme_reason: str
    diagnosis_type: str
    agency: str
    completeness: float
    blocking: int
    warnings: int
    missing: list[str] = field(default_factory=list)
    checklist_templates: list[str] = field(default_factory=list)
    checklist_completeness: float = 0.0  # required items answered / required items
    checklist_sections: list[dict[str, object]] = field(default_factory=list)
    energy_tce: str = ""  # 综合能耗 当量值, rounded for display (GB/T 8170)
    energy_tce_equal: str = ""  # 等价值, when the electricity factor is set
    co2_t: str = ""
    gbt2589_edition: str = ""
    products: list[str] = field(default_factory=list)  # "熟料 熟料单位产品煤耗 102.40 kgce/t：3级（GB 16780-2021）"
    metering_rates: list[str] = field(default_factory=list)
    equipment: str = ""  # "设备 21 行、28 台：1级 1、2级 4、…；淘汰 2、疑似 1"
    calc_results: int = 0
    journal_entries: int = 0
    last_change_utc: str = ""
    review: str = ""  # "退回修改 · 王审核 · 2026-11-20T10:31…；未解决的审核意见 2 条" ("" when never reviewed)
    signatures: list[str] = field(default_factory=list)  # one line per signature, and what is unsigned
    integrity: list[str] = field(default_factory=list)  # what the journal proves: a clean line, or each problem
    integrity_ok: bool = True
    app_version: str = __version__

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def region_text(ent: dict[str, object]) -> str:
    prov = catalogues.province(str(ent.get("province_code") or ""))
    parts = [prov.name if prov else "", str(ent.get("city") or ""), str(ent.get("county") or "")]
    return " ".join(p for p in parts if p)


def industry_text(code: object) -> str:
    division = catalogues.industry_division(str(code or ""))
    if division is None:
        return ""
    if str(code).upper() == division.full_code:
        return f"{division.full_code} {division.name}"
    return f"{division.full_code} {division.name}（代码 {str(code).upper()}）"


def summarize(case: CaseFile, report: CheckReport | None = None) -> CaseSummary:
    ent = case.row("enterprise", 1) or {}
    eng = case.row("engagement", 1) or {}
    info = case.row("case_info", 1) or {}
    meta = case.meta()
    report = report or check_case(case)
    sme, _invalid = classify_stored(ent.get("employees"), ent.get("revenue_wan"))  # check reports it
    dtype = catalogues.diagnosis_type(str(eng.get("diagnosis_type") or ""))
    state = str(info.get("workflow_state") or "draft")
    entries, last_change = case.journal_stats()
    cl = checklist.load(case)
    rep = energy.report(case)
    has_energy = any(i.conversion for i in rep.items)
    return CaseSummary(
        path=str(case.path),
        case_uuid=str(info.get("case_uuid") or ""),
        schema_version=case.schema_version(),
        created_by_app=meta.get("created_by_app", ""),
        written_by_app=meta.get("written_by_app", ""),
        read_only=case.read_only_notice.message() if case.read_only_notice and not isinstance(
            case.read_only_notice, CaseReadOnly) else "",
        workflow_state=state,
        workflow_label=State(state).label_zh if state in State._value2member_map_ else state,
        as_of_date=str(info.get("as_of_date") or ""),
        enterprise=str(ent.get("name") or ""),
        uscc=str(ent.get("uscc") or ""),
        region=region_text(ent),
        industry=industry_text(ent.get("industry_code")),
        sme_class=sme.sme_class.label_zh if sme.sme_class else "",
        sme_reason=sme.reason,
        diagnosis_type=dtype.name_zh if dtype else "",
        agency=str(eng.get("agency") or ""),
        completeness=round(report.completeness, 4),
        blocking=len(report.blocking),
        warnings=len(report.warnings),
        missing=[f.message for f in report.blocking],
        checklist_templates=[f"{t.title}" for t in cl.templates],
        checklist_completeness=round(cl.completeness, 4),
        checklist_sections=[p.as_dict() for p in cl.progress()],
        energy_tce=display_tce(rep.total_tce) if has_energy else "",
        energy_tce_equal=display_tce(rep.total_tce_equal) if rep.total_tce_equal is not None else "",
        co2_t=display_tce(rep.total_co2) if any(i.emission for i in rep.items) else "",
        gbt2589_edition=rep.edition if has_energy else "",
        products=[f"{p.name} {p.result.indicator} "
                  + (f"{p.result.value:.2f} {p.result.unit}" if p.result.value is not None else "—")
                  + f"：{p.result.label_zh}（{p.standard}）" for p in products.grade_products(case)],
        metering_rates=[f"{r.energy} {r.level} {r.installed}/{r.required}"
                        + (f" = {r.rate_pct:.1f}%（要求 {r.required_pct}%，{r.verdict_zh}）" if r.rate_pct is not None
                           else "") for r in metering.report(case).rates],
        equipment=_equipment_text(case),
        calc_results=case.count("calc_result"),
        journal_entries=entries,
        last_change_utc=last_change,
        review=_review_text(case),
        signatures=signing.summary(case),
        integrity=_integrity_lines(case, report),
        integrity_ok=not any(f.code.startswith("integrity.") and f.severity is Severity.BLOCKING
                             for f in report.findings),
    )


def _integrity_lines(case: CaseFile, report: CheckReport) -> list[str]:
    lines = [f.message for f in report.findings if f.code.startswith("integrity.")]
    found = case.audit()
    if found.ok:
        lines.insert(0, render("integrity.ok", rows=found.rows, entries=found.entries, blobs=found.blobs))
    return lines


def _review_text(case: CaseFile) -> str:
    st = review_status(case)
    if not st.action and not st.open_comments:
        return ""
    parts = [" · ".join((DECISION_LABELS.get(st.action, st.action), st.reviewer, st.decided_utc[:16]))
             if st.action else "尚未作出审核决定", f"未解决的审核意见 {st.open_comments} 条"]
    if st.action and st.changed_since:
        parts.append(f"审核后修改 {st.changed_since} 次")
    return "；".join(parts)


def _equipment_text(case: CaseFile) -> str:
    s = equipment.summary(case)
    if not s.devices:
        return ""
    text = f"{s.devices} 行、{s.units} 台：" + "、".join(f"{label} {n}" for label, n in s.outcomes.items())
    return text + f"；淘汰 {len(s.eliminated)}、疑似淘汰 {len(s.suspected)}"
