"""Completeness and plausibility of a case (``jnzd check``, the overview page, the submission gate).

Each module contributes a checker ``(case) -> CheckReport``; later modules append theirs to ``CHECKERS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.calculations import plausibility
from desktop_app.domain.checklist import Status
from desktop_app.domain.findings import CheckReport, Finding, Severity
from desktop_app.domain.messages import render
from desktop_app.domain.profile import CASE_FIELDS, ENGAGEMENT_FIELDS, ENTERPRISE_FIELDS, Field
from desktop_app.domain.sme import FIELD_EMPLOYEES, classify_stored
from desktop_app.operations import checklist, products, signing
from desktop_app.operations import energy as energy_ops
from desktop_app.operations import metering as metering_ops
from desktop_app.operations.memo import per_revision
from desktop_app.storage import integrity
from desktop_app.storage.casefile import CaseFile

PROFILE = "企业概况"
ENGAGEMENT = "诊断任务"


def _missing(fields: tuple[Field, ...], row: dict[str, object], section: str, report: CheckReport) -> None:
    for f in fields:
        if not f.required:
            continue
        report.required_total += 1
        value = row.get(f.column)
        if value is None or (isinstance(value, str) and not value.strip()):
            report.findings.append(Finding(Severity.BLOCKING, section, f.label, "profile.missing",
                                           f"{section}：“{f.label}”未填写", f.key))
        else:
            report.required_filled += 1


def check_profile(case: CaseFile) -> CheckReport:
    report = CheckReport()
    ent = case.row("enterprise", 1) or {}
    eng = case.row("engagement", 1) or {}
    info = case.row("case_info", 1) or {}
    _missing(ENTERPRISE_FIELDS, ent, PROFILE, report)
    _missing(ENGAGEMENT_FIELDS, eng, ENGAGEMENT, report)
    _missing(CASE_FIELDS, info, ENGAGEMENT, report)

    contacts = case.rows("contact")
    report.required_total += 1
    if contacts:
        report.required_filled += 1
    else:
        report.findings.append(Finding(Severity.BLOCKING, PROFILE, "联系人", "profile.no_contact",
                                       f"{PROFILE}：至少需要一位企业联系人"))
    for c in contacts:
        if not (c.get("phone") or c.get("email")):
            report.findings.append(Finding(Severity.WARNING, PROFILE, "联系人", "profile.contact_unreachable",
                                           f"{PROFILE}：联系人“{c.get('name')}”没有电话或邮箱"))

    def d(row: dict[str, object], col: str) -> date | None:
        v = row.get(col)
        return date.fromisoformat(v) if isinstance(v, str) else None

    vs, ve, ps, pe = d(eng, "visit_start"), d(eng, "visit_end"), d(eng, "period_start"), d(eng, "period_end")
    as_of = d(info, "as_of_date")
    if vs and ve and ve < vs:
        report.findings.append(Finding(Severity.BLOCKING, ENGAGEMENT, "现场诊断结束日期", "engagement.visit_order",
                                       f"{ENGAGEMENT}：现场诊断结束日期 {ve} 早于开始日期 {vs}",
                                       "engagement.visit_end"))
    if ps and pe and pe < ps:
        report.findings.append(Finding(Severity.BLOCKING, ENGAGEMENT, "诊断期止", "engagement.period_order",
                                       f"{ENGAGEMENT}：诊断期止 {pe} 早于诊断期起 {ps}", "engagement.period_end"))
    if pe and vs and pe > vs:
        report.findings.append(Finding(Severity.WARNING, ENGAGEMENT, "诊断期止", "engagement.period_after_visit",
                                       f"{ENGAGEMENT}：诊断期止 {pe} 晚于现场诊断开始日期 {vs}，"
                                       "诊断期通常是已结束的年度",
                                       "engagement.period_end"))
    if as_of and ve and as_of < ve:
        report.findings.append(Finding(Severity.WARNING, ENGAGEMENT, "诊断基准日期", "engagement.as_of_before_visit",
                                       f"{ENGAGEMENT}：诊断基准日期 {as_of} 早于现场诊断结束日期 {ve}",
                                       "case_info.as_of_date"))

    sme, invalid = classify_stored(ent.get("employees"), ent.get("revenue_wan"))
    if invalid is not None:  # a value no setter accepts: the file was changed outside the app
        column = "employees" if invalid.params.get("field") == FIELD_EMPLOYEES else "revenue_wan"
        report.findings.append(Finding(Severity.BLOCKING, PROFILE, str(invalid.params.get("field", "")),
                                       "profile.invalid_value", f"{PROFILE}：{invalid.message()}",
                                       f"enterprise.{column}"))
    if eng.get("diagnosis_type") == "sme" and sme.sme_class is not None and not sme.sme_class.is_sme:
        report.findings.append(Finding(Severity.WARNING, ENGAGEMENT, "节能诊断类型", "engagement.sme_mismatch",
                                       f"{ENGAGEMENT}：诊断类型为中小企业节能诊断，但按{sme.basis}该企业为"
                                       f"{sme.sme_class.label_zh}企业", "engagement.diagnosis_type"))
    energy = ent.get("energy_tce_last_year")
    if isinstance(energy, int | float) and energy == 0:
        report.findings.append(Finding(Severity.WARNING, PROFILE, "上年度综合能源消费量", "profile.zero_energy",
                                       f"{PROFILE}：上年度综合能源消费量为 0 吨标准煤，请核实",
                                       "enterprise.energy_tce_last_year"))
    return report


def check_integrity(case: CaseFile) -> CheckReport:
    """What the journal proves about the file (``integrity.audit``): anything changed behind its back is
    blocking; rows an older version wrote and nobody sealed yet are an info line."""
    return integrity_findings(case.audit())


def check_integrity_quick(case: CaseFile) -> CheckReport:
    """``check_integrity`` without SQLite's page check (the portfolio's pass over thousands of files, read in
    place: the page check reads every page; its column says so). Blobs are hashed: a zeroed photo shows."""
    return integrity_findings(case.audit(thorough=False, blobs=True))


def integrity_findings(found: integrity.Audit) -> CheckReport:
    report = CheckReport()
    section = render("integrity.section")
    for p in found.problems:
        report.findings.append(Finding(Severity.BLOCKING, section, _where(p), f"integrity.{p.code}",
                                       integrity.describe(p)))
    for code, count in sorted(found.more.items()):
        what = integrity.describe(integrity.Problem(code, "…", "…", "…"))
        report.findings.append(Finding(Severity.BLOCKING, section, "", f"integrity.{code}",
                                       render("integrity.more", count=count, what=what)))
    if found.unsealed:
        report.findings.append(Finding(Severity.INFO, section, "", "integrity.unsealed",
                                       render("integrity.unsealed", count=found.unsealed)))
    return report


def _where(p: integrity.Problem) -> str:
    return f"{p.table} {p.key}".strip()


CHECKLIST = "诊断清单"


def check_checklist(case: CaseFile) -> CheckReport:
    report = CheckReport()
    state = checklist.load(case)
    if not state.templates:
        report.findings.append(Finding(Severity.BLOCKING, CHECKLIST, "", "checklist.no_template",
                                       f"{CHECKLIST}：尚未选择清单模板"))
        return report
    for st in state.ordered():
        it = st.item
        name = f"{it.id} {it.title}"
        if it.required:
            report.required_total += 1
            report.required_filled += int(st.answered)
        if st.status is Status.FOLLOW_UP:
            sev = Severity.BLOCKING if it.required else Severity.WARNING
            report.findings.append(Finding(sev, CHECKLIST, name, "checklist.follow_up",
                                           f"{CHECKLIST}：{name} 标记为“待补充”", f"checklist.{it.id}"))
        elif it.required and not st.answered:
            report.findings.append(Finding(Severity.BLOCKING, CHECKLIST, name, "checklist.unanswered",
                                           f"{CHECKLIST}：必填条目 {name} 未回答", f"checklist.{it.id}"))
        if (st.status is Status.NONCONFORMING and not str((st.answer or {}).get("finding") or "").strip()
                and st.derived is None):
            report.findings.append(Finding(Severity.WARNING, CHECKLIST, name, "checklist.no_finding",
                                           f"{CHECKLIST}：{name} 为“不符合”但没有写发现与说明", f"checklist.{it.id}"))
        if (it.answer.type == "number" and st.status in (Status.CONFORMING, Status.NONCONFORMING)
                and st.value() is None and st.derived is None):
            report.findings.append(Finding(Severity.WARNING, CHECKLIST, name, "checklist.no_value",
                                           f"{CHECKLIST}：{name} 已回答但未填数值（{it.answer.unit}）",
                                           f"checklist.{it.id}"))
    return report


ENERGY = "能源消费"


def check_energy(case: CaseFile) -> CheckReport:
    report = CheckReport()
    rep = energy_ops.report(case)
    if not rep.items:
        report.findings.append(Finding(Severity.WARNING, ENERGY, "", "energy.none", f"{ENERGY}：尚未录入能源消费"))
        return report
    for item in rep.items:
        if item.conversion is None and not item.energy_code.endswith("water"):
            report.findings.append(Finding(Severity.WARNING, ENERGY, item.name, "energy.no_consumption",
                                           f"{ENERGY}：{item.name} 没有消费量"))
        if item.balance is not None and (rel := item.balance.imbalance()) is not None:
            report.findings.append(Finding(
                Severity.WARNING, ENERGY, item.name, "energy.imbalance",
                f"{ENERGY}：{item.name} 购入 + 期初 − 期末 − 外供 = {item.balance.expected.normalize():f} {item.unit}，"
                f"与消费量 {item.balance.consumed.normalize():f} {item.unit} 相差 {rel * 100:.1f}%"))
        if item.conversion is not None and item.conversion.measured and "未注明来源" in item.conversion.basis:
            report.findings.append(Finding(Severity.WARNING, ENERGY, item.name, "energy.ncv_source",
                                           f"{ENERGY}：{item.name} 使用了实测低位发热量，但没有注明来源（化验报告等）"))
        if item.conversion is not None and item.emission is None and item.co2_missing:
            report.findings.append(Finding(Severity.WARNING, ENERGY, item.name, "energy.co2_missing",
                                           f"{ENERGY}：{item.name} 的 CO2 未计算（{item.co2_missing}）"))
    for hint in rep.hints:
        report.findings.append(Finding(Severity.WARNING, ENERGY, hint.where, hint.code, f"{ENERGY}：{hint.message}"))
    ent = case.row("enterprise", 1) or {}
    declared = ent.get("energy_tce_last_year")
    total = rep.total_tce
    if isinstance(declared, int | float) and declared > 0 and total > 0:
        diff = abs(total - Decimal(str(declared))) / Decimal(str(declared))
        if diff > Decimal("0.05"):
            report.findings.append(Finding(
                Severity.WARNING, ENERGY, "综合能耗", "energy.declared_mismatch",
                f"{ENERGY}：按能源消费计算的综合能耗 {total:.2f} tce 与企业概况中填写的 {declared} tce 相差 "
                f"{diff * 100:.1f}%", "enterprise.energy_tce_last_year"))
    return report


def check_products_and_metering(case: CaseFile) -> CheckReport:
    report = CheckReport()
    for p in products.grade_products(case):
        r = p.result
        if r.outcome == "below_limit":
            report.findings.append(Finding(Severity.WARNING, "产品能耗", p.name, "product.below_limit",
                                           f"产品能耗：{p.name} {r.indicator} 超过 {r.standard} 限定值"))
        worst = r.limits.get("3") or r.limits.get("2") or r.limits.get("1")
        if r.value is not None and worst:
            for hint in plausibility.magnitude(f"{p.name} {r.indicator}", r.value, worst / 10, worst * 10, r.unit):
                report.findings.append(Finding(Severity.WARNING, "产品能耗", p.name, hint.code,
                                               f"产品能耗：{hint.message}"))
        if r.outcome == "cannot_judge":
            report.findings.append(Finding(Severity.WARNING, "产品能耗", p.name, "product.cannot_judge",
                                           f"产品能耗：{p.name} 无法按 {r.standard} 判定，缺少 {'、'.join(r.missing)}"))
    rep = metering_ops.report(case)
    for rate in rep.noncompliant:
        report.findings.append(Finding(
            Severity.WARNING, "能源计量", rate.energy, "metering.rate",
            f"能源计量：{rate.energy} {rate.level} 配备率 {rate.rate_pct:.1f}% 低于 {rate.required_pct}%"))
    if rep.overdue:
        report.findings.append(Finding(Severity.WARNING, "能源计量", "检定", "metering.overdue",
                                       "能源计量：检定已过期的计量器具：" + "、".join(rep.overdue)))
    for text in rep.accuracy:
        report.findings.append(Finding(Severity.WARNING, "能源计量", "准确度", "metering.accuracy",
                                       f"能源计量：{text}"))
    for text in rep.excess:
        report.findings.append(Finding(Severity.WARNING, "能源计量", "应配备数", "metering.excess",
                                       f"能源计量：{text}，请核对应配备数"))
    return report


EQUIPMENT = "设备"


def check_equipment(case: CaseFile) -> CheckReport:
    """Devices below the 能效限定值, eliminated or suspected, not judgeable (inputs named), or with bad data."""
    from desktop_app.operations import equipment

    report = CheckReport()
    for v in equipment.register(case):
        key = f"equipment.{v.id}"
        if v.grade_error:
            report.findings.append(Finding(Severity.BLOCKING, EQUIPMENT, v.title, "equipment.invalid",
                                           f"设备：{v.title} 数据有误：{v.grade_error}", key))
            continue
        g = v.grade
        if g is not None and g.outcome == "below_limit":
            report.findings.append(Finding(Severity.WARNING, EQUIPMENT, v.title, "equipment.below_limit",
                                           f"设备：{v.title} 低于 {g.standard} 能效限定值，列为更新改造候选", key))
        elif g is not None and g.outcome == "cannot_judge":
            report.findings.append(Finding(Severity.WARNING, EQUIPMENT, v.title, "equipment.cannot_judge",
                                           f"设备：{v.title} 无法按 {g.standard} 判定，缺少 {'、'.join(g.missing)}",
                                           key))
        e = v.elimination
        if e is not None and e.outcome == "eliminated":
            report.findings.append(Finding(Severity.WARNING, EQUIPMENT, v.title, "equipment.eliminated",
                                           f"设备：{v.title} 属于淘汰设备（{e.entry.cite() if e.entry else ''}），"
                                           "应在报告中提出淘汰更换", key))
        elif e is not None and e.outcome == "suspected":
            report.findings.append(Finding(Severity.WARNING, EQUIPMENT, v.title, "equipment.suspected",
                                           f"设备：{v.title} 疑似淘汰设备，需补充：{'、'.join(e.missing_conditions)}",
                                           key))
    return report


def check_measures(case: CaseFile) -> CheckReport:
    """Measures whose figures cannot be computed, measures without any saving, and the feedback form."""
    from desktop_app.operations import measures

    return measure_findings(case, measures.register(case))


def measure_findings(case: CaseFile, views: Iterable[Any]) -> CheckReport:
    """``check_measures`` over measure views (``measures.MeasureView`` or any object with ``row``, ``title``,
    ``error``, ``figures`` and ``streams``), so the portfolio can pass views computed without NPV and IRR."""
    from desktop_app.operations import feedback

    report = CheckReport()
    for v in views:
        key = f"measure.{v.row['id']}"
        if v.error:
            report.findings.append(Finding(Severity.WARNING, "节能措施", v.title, "measure.invalid",
                                           f"节能措施：{v.title} 无法计算：{v.error}", key))
        elif v.figures is not None and not v.streams and v.figures.annual_saving_wan == 0:
            report.findings.append(Finding(Severity.INFO, "节能措施", v.title, "measure.no_saving",
                                           f"节能措施：{v.title} 没有填写节约的资源或费用", key))
    if case.count("measure"):
        fb = feedback.load(case)
        if not fb.complete:
            report.findings.append(Finding(Severity.WARNING, "企业反馈", "", "feedback.incomplete",
                                           "企业反馈：尚缺" + "、".join(fb.missing()), "feedback.1"))
    return report


CHECKERS: list[Callable[[CaseFile], CheckReport]] = [check_profile, check_checklist, check_energy,
                                                      check_products_and_metering, check_equipment, check_measures,
                                                      check_integrity, signing.check_signatures]


@per_revision
def check_case(case: CaseFile) -> CheckReport:
    report = CheckReport()
    for checker in CHECKERS:
        report.extend(checker(case))
    return report
