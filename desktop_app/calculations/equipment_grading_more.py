"""Energy-efficiency grade of fans, centrifugal pumps and industrial boilers (REFERENCE.md §2.9–§2.11).

- fans: GB 19761-2020, best-point efficiency, 表2 centrifugal (0.25≤ψ<0.95) shipped (``grade_fan``);
- clean-water centrifugal pumps: GB 19762-2025, grade limits computed from the standard's formula with the
  specific speed ``ns = 3.65 n √Q / H^0.75`` (Q in m³/s, halved for double suction; H per stage) (``grade_pump``);
- industrial boilers: GB 24500-2020, design thermal efficiency (``grade_boiler``).

Same rules, outcomes and result type as ``equipment_grading`` (whose helpers this module reuses): equal takes the
better grade; a row that is not shipped is ``out_of_coverage`` (no interpolation, no nearest row, no range
extended); missing inputs give ``cannot_judge``; impossible inputs raise ``ValidationError`` naming the field.
The choice constants (``FAN_TYPES`` …) map canonical keys to 简体中文 labels for drop-downs; the graders also
accept the labels and common Chinese/English synonyms. An unknown choice is ``out_of_coverage``, not an error:
the standard may cover it, this app does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from desktop_app.calculations.equipment_grading import (
    OUTCOME_LABELS,
    EquipmentGradeResult,
    _Builder,
    _decide,
    _fmt,
    _limits_text,
    _not_covered,
    _positive,
    _text,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import equipment_more as ref

__all__ = [
    "BOILER_FUELS",
    "BOILER_TYPES",
    "FAN_TYPES",
    "PUMP_TYPES",
    "elimination_fuel",
    "grade_boiler",
    "grade_fan",
    "grade_pump",
]

FAN_TYPES = {
    "centrifugal": "离心通风机",
    "axial": "轴流通风机",
    "external_rotor_forward_curved": "外转子前向多翼离心通风机",
}
PUMP_TYPES = {
    "single_suction": "单级单吸清水离心泵",
    "double_suction": "单级双吸清水离心泵",
    "inline": "管道泵",
    "multistage": "多级清水离心泵",
    "light_multistage_vertical": "轻型立式多级离心泵",
    "light_multistage_horizontal": "轻型卧式多级离心泵",
    "petrochemical": "化工/石油化工离心泵",
}
BOILER_TYPES = {
    "layer": "层状燃烧锅炉",
    "fluidised_bed": "流化床锅炉",
    "chamber": "室燃锅炉",
    "electric": "电加热锅炉",
}
BOILER_FUELS = {
    "bituminous_i": "烟煤 I类",
    "bituminous_ii": "烟煤 II类",
    "bituminous_iii": "烟煤 III类",
    "lean_coal": "贫煤",
    "anthracite": "无烟煤（未分类）",
    "anthracite_ii": "无烟煤 II类",
    "anthracite_iii": "无烟煤 III类",
    "lignite": "褐煤",
    "biomass": "生物质",
    "natural_gas": "天然气",
    "oil": "燃油",
    "electricity": "电",
}

_FAN_SYNONYMS = {"离心": "centrifugal", "离心式": "centrifugal", "离心风机": "centrifugal",
                 "离心式通风机": "centrifugal", "轴流": "axial", "轴流式": "axial", "轴流风机": "axial",
                 "轴流式通风机": "axial",
                 "外转子前向多翼": "external_rotor_forward_curved", "多翼离心通风机": "external_rotor_forward_curved"}
_PUMP_SYNONYMS = {"单级单吸": "single_suction", "单吸": "single_suction", "单级单吸泵": "single_suction",
                  "end_suction": "single_suction", "single-suction": "single_suction",
                  "单级双吸": "double_suction", "双吸": "double_suction", "双吸泵": "double_suction",
                  "double-suction": "double_suction", "管道": "inline", "管道式": "inline", "in-line": "inline",
                  "多级": "multistage", "多级泵": "multistage", "多级离心泵": "multistage",
                  "轻型立式多级": "light_multistage_vertical", "立式多级泵": "light_multistage_vertical",
                  "轻型卧式多级": "light_multistage_horizontal", "卧式多级泵": "light_multistage_horizontal",
                  "化工泵": "petrochemical", "石油化工泵": "petrochemical", "石化泵": "petrochemical",
                  "chemical": "petrochemical"}
_BOILER_TYPE_SYNONYMS = {"层燃": "layer", "层状燃烧": "layer", "层燃锅炉": "layer", "layer_burning": "layer",
                         "流化床": "fluidised_bed", "循环流化床": "fluidised_bed", "cfb": "fluidised_bed",
                         "fluidized_bed": "fluidised_bed", "室燃": "chamber", "chamber_fired": "chamber",
                         "电锅炉": "electric", "电加热": "electric", "electric_boiler": "electric"}
_FUEL_SYNONYMS = {"无烟煤": "anthracite", "天然气锅炉": "natural_gas", "natural gas": "natural_gas",
                  "gas_natural": "natural_gas", "柴油": "oil", "轻油": "oil", "重油": "oil", "燃料油": "oil",
                  "生物质成型燃料": "biomass", "electric": "electricity", "电能": "electricity"}
_COALS = ("bituminous_i", "bituminous_ii", "bituminous_iii", "lean_coal", "anthracite", "anthracite_ii",
          "anthracite_iii", "lignite")
#: BOILER_FUELS key → fuel code of the eliminated-equipment catalogues (``elimination_catalogues.json``)
_ELIMINATION_FUEL = {**dict.fromkeys(_COALS, "coal"), "biomass": "biomass", "natural_gas": "gas", "oil": "oil",
                     "electricity": "electric"}
_TRUE = {"1", "true", "yes", "是", "冷凝", "冷凝式"}
_FALSE = {"0", "false", "no", "否", "非冷凝", "非冷凝式"}


# --- fans (GB 19761-2020) --------------------------------------------------------------------------------


def grade_fan(fan_type: object, pressure_coefficient: object, specific_speed: object, machine_number: object,
              efficiency_pct: object, *, as_of: date | None = None) -> EquipmentGradeResult:
    """Grade of a fan from its best-point (total-pressure) efficiency in %.

    ``pressure_coefficient`` ψ and ``specific_speed`` ns as the standard defines them (not computed here);
    ``machine_number`` the fan number (5, "5", "No5", "No.5"). Only the shipped rows (表2 centrifugal)
    can be graded; a machine-number band the source leaves empty ("—") is refused.
    """
    table = ref.fan_table()
    b = _Builder(table.provenance, "通风机", table.table)
    psi = _positive(pressure_coefficient, "压力系数 ψ")
    ns = _positive(specific_speed, "比转速 ns")
    number = _positive(_strip_no(machine_number), "机号")
    eta = _efficiency(efficiency_pct, "通风机效率（%）")
    kind, kind_text = _choice(fan_type, FAN_TYPES, _FAN_SYNONYMS)
    b.values["fan_efficiency"] = eta
    if (stopped := b.not_in_force(as_of)) is not None:
        return stopped

    b.add(f"收录范围：{table.coverage}")
    if kind_text is not None and kind not in table.fan_types:
        shown = FAN_TYPES[kind] if kind else kind_text
        covered = "、".join(FAN_TYPES.get(t, t) for t in table.fan_types)
        return _not_covered(b, f"通风机型式“{shown}”的限值未转录（只收录了{covered}，{table.table}）")
    missing = [name for name, v in (("通风机型式", kind), ("压力系数 ψ", psi), ("比转速 ns", ns), ("机号", number))
               if v is None]
    if missing:
        return b.missing(missing + (["通风机效率（%）"] if eta is None else []))
    assert kind is not None and psi is not None and ns is not None and number is not None

    rows = [r for r in table.rows if r.fan_type == kind]
    row = next((r for r in rows if r.psi_min <= psi < r.psi_max and r.ns_min <= ns < r.ns_max), None)
    if row is None:
        listed = "；".join(f"{_fmt(r.psi_min)}≤ψ<{_fmt(r.psi_max)}，{_fmt(r.ns_min)}≤ns<{_fmt(r.ns_max)}" for r in rows)
        return _not_covered(b, f"ψ = {_fmt(psi)}、ns = {_fmt(ns)} 不在已转录的行中（已转录：{listed}）；"
                               "不插值，也不就近取值")
    band = next((x for x in row.bands if x.no_min <= number and (x.no_max is None or number < x.no_max)), None)
    if band is None:
        return _not_covered(b, f"机号 No{_fmt(number)} 小于已转录的最小机号 No{_fmt(row.bands[0].no_min)}；"
                               "是否在标准适用范围内须查原文")
    span = f"No{_fmt(band.no_min)}≤机号" + (f"<No{_fmt(band.no_max)}" if band.no_max is not None else "")
    if band.limits is None:
        return _not_covered(b, f"{table.table}中 {_fmt(row.psi_min)}≤ψ<{_fmt(row.psi_max)}、"
                               f"{_fmt(row.ns_min)}≤ns<{_fmt(row.ns_max)} 的 {span} 一段来源未给出限值（表中为“—”）；"
                               "不借用相邻机号段")
    b.row = (f"{FAN_TYPES[kind]}，{_fmt(row.psi_min)}≤ψ<{_fmt(row.psi_max)}，{_fmt(row.ns_min)}≤ns<{_fmt(row.ns_max)}，"
             f"{span}")
    b.limits["fan_efficiency"] = dict(band.limits)
    b.add(f"{table.table}：{b.row}（输入 ψ = {_fmt(psi)}，ns = {_fmt(ns)}，机号 No{_fmt(number)}；"
          "机号段按下限含、上限不含 [I]）→ " + _limits_text(band.limits, table.unit))
    if eta is None:
        return b.missing(["通风机效率（%）"])
    return _decide(b, {"fan_efficiency": eta}, higher_better=True)


# --- pumps (GB 19762-2025) -------------------------------------------------------------------------------


def grade_pump(pump_type: object, flow_m3_h: object, head_m: object, speed_rpm: object, efficiency_pct: object, *,
               stages: object = 1, as_of: date | None = None) -> EquipmentGradeResult:
    """Grade of a clean-water centrifugal pump from its efficiency (%) at the specified (best-efficiency) point.

    ``flow_m3_h`` Q and ``head_m`` H (whole pump) at that point, ``speed_rpm`` n, ``stages`` the number of stages
    (1 for single-stage types; a multistage pump needs ≥ 2). The limits are computed from the formula of the data
    file and rounded half-up to 0.1 % [I]; the trace shows ns and every term.
    """
    table = ref.pump_table()
    b = _Builder(table.provenance, "离心泵", table.table)
    q = _positive(flow_m3_h, "流量（m³/h）")
    head = _positive(head_m, "扬程（m）")
    n = _positive(speed_rpm, "转速（r/min）")
    eta = _efficiency(efficiency_pct, "泵效率（%）")
    n_stages = _stages(stages)
    kind, kind_text = _choice(pump_type, PUMP_TYPES, _PUMP_SYNONYMS)
    b.values["pump_efficiency"] = eta
    if as_of is not None and as_of < date.fromisoformat(table.provenance.effective_date):
        b.add("此前适用的 GB 19762-2007（清水离心泵）的限值未收录")
    if (stopped := b.not_in_force(as_of)) is not None:
        return stopped

    b.add(f"收录范围：{table.coverage}")
    if kind == "petrochemical":
        return _not_covered(b, "化工/石油化工离心泵按 η_b（ln Q 的六次多项式）与比转速修正 Δη 评价，其系数未转录")
    if kind_text is not None and kind not in table.types:
        covered = "、".join(t.label for t in table.types.values())
        return _not_covered(b, f"泵型式“{kind_text}”未收录（已收录：{covered}）")
    ptype = table.types[kind] if kind is not None else None
    if ptype is not None and not ptype.ranges_given:
        c = ptype.ranges[0].c
        return _not_covered(b, f"{ptype.label}：参考资料给出了 C_i（{_c_text(c, frozenset())}），但未给出流量适用范围，"
                               "不能确认公式适用，不作评价")
    if ptype is not None and ptype.stages == "single":
        if n_stages not in (None, 1):
            raise ValidationError(field="级数", detail=f"{ptype.label}为单级泵，级数应为 1（{n_stages}）")
        n_stages = 1
    if ptype is not None and ptype.stages == "multi" and n_stages == 1:
        b.add(f"{ptype.label}须给出级数（不小于 2）以取单级扬程，输入为 1")
        n_stages = None
    missing = [name for name, v in (("泵型式", kind), ("流量（m³/h）", q), ("扬程（m）", head),
                                    ("转速（r/min）", n), ("级数", n_stages)) if v is None]
    if missing:
        return b.missing(missing + (["泵效率（%）"] if eta is None else []))
    assert ptype is not None and ptype.coefficients is not None
    assert q is not None and head is not None and n is not None and n_stages is not None

    inside = [r for r in ptype.ranges if r.q_min is not None and r.q_max is not None and r.q_min <= q <= r.q_max]
    if not inside:
        listed = "、".join(f"{_fmt(r.q_min)}～{_fmt(r.q_max)} m³/h" for r in ptype.ranges
                           if r.q_min is not None and r.q_max is not None)
        return _not_covered(b, f"流量 {_fmt(q)} m³/h 不在{ptype.label}已转录的流量范围（{listed}）内；不外推")
    rng = max(inside, key=lambda r: r.q_min or Decimal(0))  # a shared boundary belongs to the upper range [I]
    lo, hi = rng.q_min, rng.q_max
    assert lo is not None and hi is not None
    if len(inside) > 1:
        b.add(f"流量 {_fmt(q)} m³/h 恰在两个流量段的分界上，按上一段取 C_i [I]")

    double = kind == "double_suction"
    with localcontext() as ctx:
        ctx.prec = 28
        q_eye = q / 3600 / (2 if double else 1)
        h_stage = head / n_stages
        ns = Decimal("3.65") * n * q_eye.sqrt() / h_stage ** Decimal("0.75")
        k = table.coefficients[ptype.coefficients]
        x, y = ns.ln(), q.ln()
        core = k["a"] * x * x + k["b"] * y * y + k["c"] * x * y + k["d"] * x + k["e"] * y
    q_text = f"{_fmt(q)}/3600" + ("/2" if double else "")
    h_text = _fmt(head) + (f"/{n_stages}" if n_stages > 1 else "")
    b.add(f"比转速 ns = 3.65 n √Q / H^0.75 = 3.65 × {_fmt(n)} r/min × √({q_text} m³/s) / ({h_text} m)^0.75 = "
          f"{_round(ns, 2)}（双吸泵取 Q/2，多级泵取单级扬程；按未修约值代入公式 [I]；参考资料未给出 ns 的适用范围，"
          "未检查）")
    terms = "，".join(f"{name} = {_fmt(k[name])}" for name in ref.COEFFICIENTS)
    whole = "，双吸泵取全流量 [I]" if double else ""
    b.add(f"公式：{table.expression}（{_COEFF_ZH.get(ptype.coefficients, ptype.coefficients)}系数：{terms}）；"
          f"ln ns = {_round(x, 4)}，ln Q = {_round(y, 4)}（Q = {_fmt(q)} {table.q_unit}{whole}），"
          f"不含 C_i 的部分 = {_round(core, 4)}")
    limits = {g: None if c is None else (core - c).quantize(table.round_to, ROUND_HALF_UP) for g, c in rng.c.items()}
    bad = [v for v in limits.values() if v is not None and not 0 < v < 100]
    if bad:
        return _not_covered(b, f"公式给出的限值 {_fmt(bad[0])} % 不在 0～100 % 之间：ns 或 Q 超出了公式的适用范围")
    b.row = (f"{ptype.label}，{_fmt(lo)}～{_fmt(hi)} m³/h，Q = {_fmt(q)} m³/h，"
             f"ns = {_round(ns, 2)}")
    b.limits["pump_efficiency"] = limits
    b.add(f"{ptype.label} {_fmt(lo)}～{_fmt(hi)} m³/h：C_i {_c_text(rng.c, rng.not_transcribed)}")
    b.add(f"η_i = {_round(core, 4)} − C_i，修约到 {table.round_to} %（四舍五入 [I]）→ "
          + _limits_text(limits, table.unit, rng.not_transcribed))
    if rng.not_transcribed:
        grades = "、".join(f"{g}级" for g in sorted(rng.not_transcribed))
        b.add(f"{ptype.label}的{grades} C_i 不能由参考资料确定（见 {table.file} 的 assumptions），不作推断")
    if eta is None:
        return b.missing(["泵效率（%）"])
    return _decide(b, {"pump_efficiency": eta}, higher_better=True, not_transcribed=rng.not_transcribed)


_COEFF_ZH = {"single_stage": "单级泵", "multistage": "多级泵"}


def _c_text(c: Mapping[str, Decimal | None], not_transcribed: frozenset[str]) -> str:
    return "，".join(f"{g}级 " + ("未转录" if g in not_transcribed else "—" if v is None else _fmt(v))
                    for g, v in c.items())


# --- boilers (GB 24500-2020) -----------------------------------------------------------------------------


def grade_boiler(boiler_type: object, fuel: object, capacity_t_h: object, efficiency_pct: object, *,
                 capacity_mw: object = None, condensing: object = False,
                 as_of: date | None = None) -> EquipmentGradeResult:
    """Grade of an industrial boiler from its design (rated-load) thermal efficiency in %.

    ``capacity_t_h`` (steam) or ``capacity_mw`` (hot water) picks the capacity band where the table has one; if
    both are given they must fall in the same band. A condensing boiler may state up to 110 % (LHV basis). An
    electric boiler has no grades, only the limit 97 %: meeting it is ``meets_limit`` (达到能效限定值，不分级).
    """
    table = ref.boiler_table()
    b = _Builder(table.provenance, "工业锅炉", table.table)
    t_h = _positive(capacity_t_h, "额定蒸发量（t/h）")
    mw = _positive(capacity_mw, "额定热功率（MW）")
    cond = _flag(condensing, "冷凝式")
    eta = _efficiency(efficiency_pct, "设计热效率（%）", Decimal(110) if cond else Decimal(100),
                      "" if cond else "；冷凝式锅炉按低位发热量计可至 110 %")
    btype, btext = _choice(boiler_type, BOILER_TYPES, _BOILER_TYPE_SYNONYMS)
    fkey, ftext = _choice(fuel, BOILER_FUELS, _FUEL_SYNONYMS)
    if btype == "electric" and ftext is not None and fkey != "electricity":
        raise ValidationError(field="燃料", detail=f"电加热锅炉的燃料应为电（输入为“{ftext}”）")
    if fkey == "electricity" and btext is not None and btype != "electric":
        raise ValidationError(field="燃烧方式", detail=f"燃料为电时应为电加热锅炉（输入为“{btext}”）")
    if btype == "electric" or fkey == "electricity":  # the other one is either the same or not given
        btype, fkey = "electric", "electricity"
    b.values["boiler_efficiency"] = eta
    if (stopped := b.not_in_force(as_of)) is not None:
        return stopped

    b.add(f"收录范围：{table.coverage}")
    if btext is not None and btype not in table.boiler_types:
        return _not_covered(b, f"燃烧方式“{btext}”未收录（已收录：{_labels(table.boiler_types, BOILER_TYPES)}）")
    if ftext is not None and fkey not in table.fuels:
        return _not_covered(b, f"燃料“{ftext}”未收录（已收录：{_labels(table.fuels, BOILER_FUELS)}）")
    missing = [name for name, v in (("燃烧方式", btype), ("燃料", fkey)) if v is None]
    if missing:
        return b.missing(missing + (["设计热效率（%）"] if eta is None else []))
    assert btype is not None and fkey is not None

    what = f"{BOILER_TYPES[btype]}、{BOILER_FUELS[fkey]}" + ("、冷凝式" if cond else "")
    rows = [r for r in table.rows if btype in r.boiler_types and fkey in r.fuels and r.condensing == cond]
    if not rows:
        fuels = [f for f in table.fuels if any(btype in r.boiler_types and f in r.fuels for r in table.rows)]
        return _not_covered(b, f"{what} 的限值未收录（{BOILER_TYPES[btype]}已收录的燃料："
                               f"{_labels(fuels, BOILER_FUELS)}；冷凝式只收录了室燃天然气锅炉）；不作推断")
    row = rows[0]
    if row.capacity_op is not None:
        t_lim, mw_lim = row.capacity_t_h, row.capacity_mw  # the same in the ≤ and the > row (checked on load)
        assert t_lim is not None and mw_lim is not None
        sides = {name: ("le" if v <= limit else "gt", f"{name} {_fmt(v)} {unit}（{'≤' if v <= limit else '>'}"
                                                      f"{_fmt(limit)} {unit}）")
                 for name, v, limit, unit in (("额定蒸发量", t_h, t_lim, "t/h"), ("额定热功率", mw, mw_lim, "MW"))
                 if v is not None}
        if not sides:
            return b.missing(["额定蒸发量（t/h）或额定热功率（MW）"] + (["设计热效率（%）"] if eta is None else []))
        if len({side for side, _ in sides.values()}) > 1:
            said = "与".join(text for _, text in sides.values())
            return _not_covered(b, f"{said}落在不同的容量档，不能确定所用的行")
        side, said = next(iter(sides.values()))
        row = next(r for r in rows if r.capacity_op == side)
        b.add(f"容量档：按{said}")
        sign = "≤" if side == "le" else ">"
        what += f"，{sign}{_fmt(t_lim)} t/h（{sign}{_fmt(mw_lim)} MW）"
    b.row = what
    b.limits["boiler_efficiency"] = dict(row.limits)
    if fkey in table.fuel_notes:
        b.add(f"燃料：{table.fuel_notes[fkey]}")
    b.add(f"{table.table}：{what} → " + _limits_text(row.limits, table.unit))
    if len(row.boiler_types) > 1 or len(row.fuels) > 1:
        b.add(f"注：该行对“{BOILER_TYPES[btype]}、{BOILER_FUELS[fkey]}”的适用含推断 [I]"
              f"（见 {table.file} 的 assumptions）")
    if btype == "electric":
        b.add("电加热锅炉不分等级，只规定能效限定值")
    if eta is None:
        return b.missing(["设计热效率（%）"])
    result = _decide(b, {"boiler_efficiency": eta}, higher_better=True)
    if btype == "electric" and result.outcome == "grade_3":
        trace = [*result.trace[:-1], f"结论：{OUTCOME_LABELS['meets_limit']}"]
        return replace(result, outcome="meets_limit", trace=trace)
    return result


def elimination_fuel(fuel: object) -> str | None:
    """The eliminated-equipment catalogues' fuel code (coal/biomass/gas/oil/electric) of a boiler fuel, or None."""
    key, text = _choice(fuel, BOILER_FUELS, _FUEL_SYNONYMS)
    if key is not None:
        return _ELIMINATION_FUEL[key]
    codes = {"coal", "biomass", "gas", "oil", "electric"}
    return text if text in codes else None


# --- shared ----------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    """NFKC (full-width and Ⅱ → II), case-folded, blanks dropped: "烟煤 Ⅱ类" → "烟煤ii类"."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _choice(raw: object, labels: Mapping[str, str], synonyms: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(canonical key, or None when not recognised; the text as given, or None when missing)."""
    text = _text(raw)
    if text is None:
        return None, None
    lookup = {_norm(k): k for k in labels} | {_norm(v): k for k, v in labels.items()}
    lookup |= {_norm(s): k for s, k in synonyms.items()}
    return lookup.get(_norm(text)), text


def _labels(keys: Iterable[str], labels: Mapping[str, str]) -> str:
    return "、".join(labels.get(k, k) for k in keys)


def _efficiency(raw: object, what: str, ceiling: Decimal = Decimal(100), note: str = "") -> Decimal | None:
    eta = _positive(raw, what)
    if eta is not None and eta > ceiling:
        raise ValidationError(field=what, detail=f"不能超过 {ceiling} %（{_fmt(eta)}）{note}")
    return eta


def _stages(raw: object) -> int | None:
    number = _positive(raw, "级数")
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValidationError(field="级数", detail=f"应为正整数（{_fmt(number)}）")
    return int(number)


def _strip_no(raw: object) -> object:
    """"No5", "No.5", "№ 5" → "5"; anything else unchanged."""
    if isinstance(raw, str):
        return re.sub(r"^\s*(?:no\.?|№)\s*", "", unicodedata.normalize("NFKC", raw), flags=re.IGNORECASE)
    return raw


def _flag(raw: object, what: str) -> bool:
    if isinstance(raw, bool):
        return raw
    if raw is None or (isinstance(raw, int) and raw in (0, 1)):
        return bool(raw)
    text = _norm(str(raw))
    if text in _TRUE:
        return True
    if text in _FALSE or text == "":
        return False
    raise ValidationError(field=what, detail=f"“{raw}”应为是或否")


def _round(v: Decimal, places: int) -> str:
    return format(v.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), "f")
