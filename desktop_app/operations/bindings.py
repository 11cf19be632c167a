"""Checklist items answered from data elsewhere in the case (``binding`` keys in the templates).

A binding is ``(case) -> DerivedAnswer | None``; ``None`` means the module that owns the data has nothing yet,
and the engineer answers the item by hand meanwhile. Later modules register their bindings here (energy
balance, metering rate, equipment grades, …); until then those keys name their source module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain.checklist import Status
from desktop_app.domain.profile import ENGAGEMENT_FIELDS, ENTERPRISE_FIELDS, Field
from desktop_app.storage.casefile import CaseFile


@dataclass(frozen=True)
class DerivedAnswer:
    status: Status
    text: str  # 简体中文: what the data says
    source: str  # the module that decided it
    value: float | None = None


BindingFn = Callable[[CaseFile], DerivedAnswer | None]


@dataclass(frozen=True)
class Binding:
    key: str
    source: str  # module name shown to the engineer
    derive: BindingFn | None  # None: the module is not built yet


def _missing(fields: tuple[Field, ...], row: dict[str, object], only: set[str] | None = None) -> list[str]:
    return [f.label for f in fields if f.required and (only is None or f.column in only)
            and (row.get(f.column) is None or row.get(f.column) == "")]


def _engagement(case: CaseFile) -> DerivedAnswer:
    eng = case.row("engagement", 1) or {}
    missing = _missing(ENGAGEMENT_FIELDS, eng)
    if missing:
        return DerivedAnswer(Status.FOLLOW_UP, "诊断任务信息不全：缺" + "、".join(missing), "诊断任务")
    team = [line for line in str(eng.get("team") or "").splitlines() if line.strip()]
    return DerivedAnswer(Status.CONFORMING, f"服务机构 {eng.get('agency')}；团队 {len(team)} 人；现场 "
                                            f"{eng.get('visit_start')} 至 {eng.get('visit_end')}", "诊断任务")


def _profile(case: CaseFile) -> DerivedAnswer:
    ent = case.row("enterprise", 1) or {}
    missing = _missing(ENTERPRISE_FIELDS, ent)
    if not case.rows("contact"):
        missing.append("联系人")
    if missing:
        return DerivedAnswer(Status.FOLLOW_UP, "企业概况不全：缺" + "、".join(missing), "企业概况")
    return DerivedAnswer(Status.CONFORMING, f"{ent.get('name')}，从业人员 {ent.get('employees')} 人，"
                                            f"营业收入 {ent.get('revenue_wan')} 万元", "企业概况")


def _text_field(column: str, label: str) -> BindingFn:
    def derive(case: CaseFile) -> DerivedAnswer:
        text = str((case.row("enterprise", 1) or {}).get(column) or "").strip()
        if not text:
            return DerivedAnswer(Status.FOLLOW_UP, f"企业概况中“{label}”未填写", "企业概况")
        short = text if len(text) <= 60 else text[:60] + "…"
        return DerivedAnswer(Status.CONFORMING, f"{label}：{short}", "企业概况")
    return derive


def _energy_balance(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import energy  # energy imports the calculations; keep this module light

    rep = energy.report(case)
    if not rep.items:
        return None
    off = [f"{i.name}（差 {rel * 100:.1f}%）" for i in rep.items
           if i.balance is not None and (rel := i.balance.imbalance()) is not None]
    if off:
        return DerivedAnswer(Status.NONCONFORMING, "购销存不平衡：" + "、".join(off), "能源消费")
    if all(i.balance is None for i in rep.items):
        return DerivedAnswer(Status.FOLLOW_UP, "尚未录入购入、库存数据，无法核对平衡", "能源消费")
    return DerivedAnswer(Status.CONFORMING, f"{len(rep.items)} 种能源购销存平衡（差异 ≤ 1%）", "能源消费")


def _energy_conversion(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.calculations.energy import display_tce
    from desktop_app.operations import energy

    rep = energy.report(case)
    if not any(i.conversion for i in rep.items):
        return None
    text = f"综合能耗（当量值）{display_tce(rep.total_tce)} tce，GB/T 2589-{rep.edition}"
    if rep.total_tce_equal is not None:
        text += f"；等价值 {display_tce(rep.total_tce_equal)} tce"
    return DerivedAnswer(Status.CONFORMING, text, "能源消费", float(rep.total_tce))


def _energy_co2(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import energy

    rep = energy.report(case)
    done = [i for i in rep.items if i.emission is not None]
    if not done:
        return None
    missing = [f"{i.name}（{i.co2_missing}）" for i in rep.items if i.conversion and i.co2_missing]
    text = f"CO2 排放合计 {rep.total_co2:.2f} t"
    status = Status.FOLLOW_UP if missing else Status.CONFORMING
    if missing:
        text += "；未计算：" + "、".join(missing)
    return DerivedAnswer(status, text, "能源消费", float(rep.total_co2))


def _benchmark(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import products

    results = products.grade_products(case)
    if not results:
        return None
    parts = [f"{p.name}：{p.result.indicator} {p.result.label_zh}（{p.standard}）" for p in results]
    if any(p.result.outcome == "below_limit" for p in results):
        return DerivedAnswer(Status.NONCONFORMING, "；".join(parts), "产品能耗")
    if any(p.result.outcome in ("cannot_judge", "not_in_force") for p in results):
        return DerivedAnswer(Status.FOLLOW_UP, "；".join(parts), "产品能耗")
    return DerivedAnswer(Status.CONFORMING, "；".join(parts), "产品能耗")


def _indicators(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import products

    graded = [p for p in products.grade_products(case) if p.result.value is not None]
    if not graded:
        return None
    text = "；".join(f"{p.name} {p.result.indicator} {p.result.value:.2f} {p.result.unit}" for p in graded)
    return DerivedAnswer(Status.CONFORMING, text, "产品能耗")


def _metering_ledger(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import metering

    meters = case.rows("meter")
    if not meters:
        return None
    rep = metering.report(case)
    if rep.overdue:
        return DerivedAnswer(Status.NONCONFORMING, f"台账 {len(meters)} 台；检定过期：" + "、".join(rep.overdue),
                             "能源计量")
    return DerivedAnswer(Status.CONFORMING, f"台账 {len(meters)} 台，均在检定有效期内", "能源计量")


def _metering_rate(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import metering

    rep = metering.report(case)
    if not rep.rates:
        return None
    bad = [f"{r.energy}{r.level} {r.rate_pct:.1f}%<{r.required_pct}%" for r in rep.noncompliant]
    if bad:
        return DerivedAnswer(Status.NONCONFORMING, "配备率不足：" + "、".join(bad), "能源计量")
    return DerivedAnswer(Status.CONFORMING, f"{len(rep.rates)} 项配备率均达到 GB 17167 要求", "能源计量")


def _equipment_inventory(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import equipment

    s = equipment.summary(case)
    if not s.devices:
        return None
    kinds = Counter(v.kind_label for v in equipment.register(case))
    text = f"设备清单 {s.devices} 行、{s.units} 台：" + "、".join(f"{k} {n} 行" for k, n in kinds.items())
    return DerivedAnswer(Status.CONFORMING, text, "设备", float(s.units))


def _equipment_eliminated(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import equipment

    s = equipment.summary(case)
    if not s.devices:
        return None
    if s.eliminated:
        return DerivedAnswer(Status.NONCONFORMING, "发现淘汰设备：" + "、".join(s.eliminated)
                             + ("；疑似：" + "、".join(s.suspected) if s.suspected else ""), "设备")
    if s.suspected:
        return DerivedAnswer(Status.FOLLOW_UP, "有疑似淘汰设备，待核实：" + "、".join(s.suspected), "设备")
    return DerivedAnswer(Status.CONFORMING, f"{s.devices} 行设备在所收录的淘汰目录条目中均未见"
                                            "（只核对了所收录条目，不等于未淘汰）", "设备")


def _equipment_grades(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import equipment

    s = equipment.summary(case)
    if not s.devices:
        return None
    counts = "、".join(f"{label} {n}" for label, n in s.outcomes.items())
    if s.below_limit:
        return DerivedAnswer(Status.NONCONFORMING, f"能效等级：{counts}；低于能效限定值：" + "、".join(s.below_limit),
                             "设备")
    if s.cannot_judge:
        return DerivedAnswer(Status.FOLLOW_UP, f"能效等级：{counts}；资料不足无法判定：" + "、".join(s.cannot_judge),
                             "设备")
    return DerivedAnswer(Status.CONFORMING, f"能效等级：{counts}", "设备")


def _measures_register(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import measures

    views = measures.register(case)
    if not views:
        return None
    by_decision = Counter(v.decision_label for v in views)
    return DerivedAnswer(Status.CONFORMING, f"节能措施 {len(views)} 项：" + "、".join(
        f"{k} {n}" for k, n in by_decision.items()), "节能措施", float(len(views)))


def _measures_potential(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import measures

    if not case.count("measure"):
        return None
    t = measures.totals(case)
    payback = f"，静态回收期 {t.payback_years:.1f} 年" if t.payback_years is not None else ""
    text = (f"节能潜力 {t.tce_equivalent:.1f} tce/a（当量值），投资 {t.investment_wan:.1f} 万元，"
            f"年节约 {t.annual_saving_wan:.1f} 万元{payback}")
    return DerivedAnswer(Status.CONFORMING, text, "节能措施",
                         float(t.tce_equivalent))


def _feedback(case: CaseFile) -> DerivedAnswer | None:
    from desktop_app.operations import feedback

    fb = feedback.load(case)
    if not (fb.satisfaction or fb.confirmed_by):
        return None
    if not fb.complete:
        return DerivedAnswer(Status.FOLLOW_UP, "企业反馈未填完：缺" + "、".join(fb.missing()), "企业反馈")
    return DerivedAnswer(Status.CONFORMING, f"企业反馈已确认：{fb.confirmed_by}（{fb.position}），{fb.confirmed_on}；"
                                            f"拟采纳措施 {len(fb.adopted)} 项", "企业反馈")


BINDINGS: dict[str, Binding] = {
    b.key: b for b in (
        Binding("engagement.record", "诊断任务", _engagement),
        Binding("profile.basic", "企业概况", _profile),
        Binding("profile.process", "企业概况", _text_field("process_description", "主要生产工艺")),
        Binding("profile.supply", "企业概况", _text_field("supply_systems", "能源供应系统")),
        Binding("energy.balance", "能源消费", _energy_balance),
        Binding("energy.conversion", "能源消费", _energy_conversion),
        Binding("energy.indicators", "产品能耗", _indicators),
        Binding("energy.benchmark", "产品能耗", _benchmark),
        Binding("energy.cost", "能源消费", None),
        Binding("energy.co2", "能源消费", _energy_co2),
        Binding("equipment.inventory", "设备", _equipment_inventory),
        Binding("equipment.eliminated", "设备", _equipment_eliminated),
        Binding("equipment.grades", "设备", _equipment_grades),
        Binding("measurements.tests", "测量", None),
        Binding("metering.ledger", "能源计量", _metering_ledger),
        Binding("metering.rate", "能源计量", _metering_rate),
        Binding("measures.register", "节能措施", _measures_register),
        Binding("measures.potential", "节能措施", _measures_potential),
        Binding("feedback.form", "企业反馈", _feedback),
        Binding("bundle.upload", "报告", None),
    )
}


def register(key: str, source: str, derive: BindingFn) -> None:
    """Later modules (and tests) attach the function that answers a binding key."""
    BINDINGS[key] = Binding(key, source, derive)


def derive(case: CaseFile, key: str | None) -> DerivedAnswer | None:
    binding = BINDINGS.get(key or "")
    if binding is None or binding.derive is None:
        return None
    return binding.derive(case)


def source_of(key: str | None) -> str:
    binding = BINDINGS.get(key or "")
    return binding.source if binding else ""
