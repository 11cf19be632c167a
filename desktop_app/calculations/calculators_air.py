"""Compressed-air calculators from gas dynamics: pressure reduction by the adiabatic work ratio, and a leak by the
orifice (choked-flow) method (REFERENCE.md §2.8 gives neither; both are textbook ideal-gas relations [M]).

Pressure reduction. The isentropic (adiabatic) work of compressing air from the suction pressure p0 to p in n
equal-ratio stages with intercooling back to the suction temperature is, per unit of suction volume,

    W(p) ∝ n · k/(k−1) · [(p/p0)^((k−1)/(k·n)) − 1]        (absolute pressures, k = 1.4 for air)

so at the same free-air delivery and the same compressor efficiency the input power scales with W, and lowering
the discharge pressure from p1 to p2 saves the fraction 1 − W(p2)/W(p1). The old rule of thumb (≈ 7 % per
0.1 MPa, ``calculators_fluid.compressor_pressure_reduction``) is reported beside it as a labelled comparison only.

Orifice leak. Air at p1 (absolute), T1 escaping through a sharp-edged hole of diameter d into the atmosphere at
p_a; with k = 1.4 the flow is choked when p_a/p1 ≤ (2/(k+1))^(k/(k−1)) = 0.528:

    ṁ = Cd · A · p1 · √(k/(R·T1)) · (2/(k+1))^((k+1)/(2(k−1)))                                   (choked)
    ṁ = Cd · A · p1 · √(2k/((k−1)·R·T1) · [(p_a/p1)^(2/k) − (p_a/p1)^((k+1)/k)])                 (subsonic)

The free-air flow is ṁ · R · T_ref / p_ref at the stated reference state (by default the compressor's suction:
the local atmosphere at the ambient temperature, the state in which GB/T 3853 states a compressor's volume flow
and therefore its specific power), and the annual electricity E = Q_free × SP × h. Cd of a sharp-edged orifice is
about 0.61 [M]; a real leak (a crack, a loose fitting) is not a sharp-edged hole, so the result is an estimate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.calculations.calculators import fmt, hours_per_year, number, positive
from desktop_app.calculations.calculators_fluid import compressor_pressure_reduction
from desktop_app.domain.errors import ValidationError

K_AIR = 1.4  # ratio of specific heats of dry air [M]
R_AIR = 287.05  # J/(kg·K), specific gas constant of dry air [M]
KELVIN = 273.15
CD_SHARP_ORIFICE = 0.61  # discharge coefficient of a sharp-edged orifice [M]
ADIABATIC_NOTE = "[M：理想气体等熵压缩功，教科书公式；按各级压比相等、级间冷却至吸气温度]"
ORIFICE_NOTE = "[M：理想气体孔口流动（临界流/亚临界流），教科书公式；Cd 为假设值]"


def _k(value: float) -> float:
    k = number(value, "绝热指数")
    if not 1.0 < k <= 1.67:
        raise ValidationError(field="绝热指数", detail=f"{fmt(k)} 不合理（应在 1–1.67，空气 1.4）")
    return k


def _atm(value: float) -> float:
    atm = positive(value, "当地大气压")
    if not 0.05 <= atm <= 0.11:
        raise ValidationError(field="当地大气压", detail=f"{fmt(atm)} MPa 不合理（海平面约 0.1013 MPa）")
    return atm


def adiabatic_work(p_abs: float, p0_abs: float, stages: int = 1, k: float = K_AIR) -> float:
    """n · k/(k−1) · [(p/p0)^((k−1)/(k·n)) − 1]: the isentropic work per unit suction volume, in units of p0."""
    ratio: float = (p_abs / p0_abs) ** ((k - 1) / (k * stages))
    return stages * k / (k - 1) * (ratio - 1)


@dataclass(frozen=True)
class AdiabaticPressureReduction:
    p1_abs_mpa: float
    p2_abs_mpa: float
    p0_abs_mpa: float
    saving_pct: float  # 1 − W(p2)/W(p1), in %
    saving_kw: float
    saving_kwh: float  # per year
    rule_saving_pct: float  # the rule of thumb, for comparison only
    rule_saving_kwh: float
    trace: str


def compressor_pressure_reduction_adiabatic(input_kw: float, pressure_mpa: float, reduction_mpa: float,
                                            hours: float, *, atm_mpa: float = 0.1013,
                                            suction_mpa: float | None = None, stages: int = 1, k: float = K_AIR,
                                            pct_per_0_1_mpa: float = 7.0) -> AdiabaticPressureReduction:
    """Savings of lowering the discharge pressure by ``reduction_mpa`` from ``pressure_mpa`` (gauge, MPa).

    p1 = pressure + atm, p2 = p1 − Δp (absolute); p0 = ``suction_mpa`` (absolute) or the atmosphere;
    saving = 1 − W(p2)/W(p1) of the input power at the same free-air delivery (``adiabatic_work``).
    """
    p = positive(input_kw, "输入功率")
    gauge = positive(pressure_mpa, "排气压力")
    dp = positive(reduction_mpa, "降压幅度")
    h = hours_per_year(hours, "年运行小时数")
    atm = _atm(atm_mpa)
    p0 = atm if suction_mpa is None else positive(suction_mpa, "吸气压力")
    if isinstance(stages, bool) or not isinstance(stages, int) or not 1 <= stages <= 4:
        raise ValidationError(field="压缩级数", detail=f"{stages} 不合理（应为 1–4 的整数）")
    k = _k(k)
    p1 = gauge + atm
    p2 = p1 - dp
    if dp >= gauge:
        raise ValidationError(field="降压幅度", detail=f"{fmt(dp)} MPa 不小于排气压力（表压）{fmt(gauge)} MPa")
    if p2 <= p0:
        raise ValidationError(field="吸气压力", detail=f"{fmt(p0)} MPa 不低于降压后的排气绝对压力 {fmt(p2)} MPa")
    w1, w2 = adiabatic_work(p1, p0, stages, k), adiabatic_work(p2, p0, stages, k)
    fraction = 1 - w2 / w1
    saving_kw = p * fraction
    saving_kwh = saving_kw * h
    rule = compressor_pressure_reduction(p, dp, h, pct_per_0_1_mpa=pct_per_0_1_mpa)
    e = f"(k−1)/(k·n) = ({fmt(k)}−1)/({fmt(k)}×{stages})"
    trace = (f"绝对压力：p1 = {fmt(gauge)} + {fmt(atm)} = {fmt(p1)} MPa，p2 = p1 − Δp = {fmt(p1)} − {fmt(dp)} = "
             f"{fmt(p2)} MPa，吸气 p0 = {fmt(p0)} MPa；等熵压缩功 W(p) ∝ n·k/(k−1)·[(p/p0)^((k−1)/(k·n)) − 1]，"
             f"{e}：W(p1) ∝ {fmt(w1, 6)}，W(p2) ∝ {fmt(w2, 6)}；节电率 = 1 − W(p2)/W(p1) = {fmt(fraction * 100, 3)} %"
             f"（排气量与效率不变）；ΔP = {fmt(p)} kW × {fmt(fraction * 100, 3)} % = {fmt(saving_kw)} kW；"
             f"ΔE = ΔP × {fmt(h)} h = {fmt(saving_kwh, 1)} kWh/a {ADIABATIC_NOTE}\n"
             f"对照（经验值，不作结果）：{rule.trace}")
    return AdiabaticPressureReduction(p1, p2, p0, fraction * 100, saving_kw, saving_kwh, rule.saving_pct,
                                      rule.saving_kwh, trace)


@dataclass(frozen=True)
class OrificeLeak:
    choked: bool
    mass_flow_kg_s: float  # all holes together
    free_air_m3_min: float  # at the reference state
    energy_kwh: float  # per year
    trace: str


def orifice_leak(diameter_mm: float, pressure_mpa: float, air_c: float, *, count: int = 1, cd: float = CD_SHARP_ORIFICE,
                 atm_mpa: float = 0.1013, ref_c: float = 20.0, ref_mpa: float | None = None,
                 specific_power: float | None = None, hours: float = 0.0, k: float = K_AIR,
                 r_gas: float = R_AIR) -> OrificeLeak:
    """Leak through ``count`` holes of ``diameter_mm`` at ``pressure_mpa`` (gauge) and ``air_c`` (°C).

    Free air at ``ref_mpa`` (absolute; None: the atmosphere) and ``ref_c``; the annual energy needs the system's
    ``specific_power`` kW/(m³/min) (per suction-state volume) and ``hours``; without it the energy is 0.
    """
    d = positive(diameter_mm, "孔径") / 1000
    if d > 0.1:
        raise ValidationError(field="孔径", detail=f"{fmt(d * 1000)} mm 过大（孔口法用于小孔泄漏，应不大于 100 mm）")
    gauge = positive(pressure_mpa, "管网压力")
    t1 = number(air_c, "压缩空气温度") + KELVIN
    if t1 <= 0:
        raise ValidationError(field="压缩空气温度", detail=f"{fmt(air_c)} °C 低于绝对零度")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValidationError(field="泄漏点数", detail=f"{count} 不合理（应为正整数）")
    c = positive(cd, "流量系数")
    if c > 1:
        raise ValidationError(field="流量系数", detail=f"{fmt(c)} 大于 1（锐边孔口约 0.61）")
    atm = _atm(atm_mpa)
    t_ref = number(ref_c, "基准温度") + KELVIN
    if t_ref <= 0:
        raise ValidationError(field="基准温度", detail=f"{fmt(ref_c)} °C 低于绝对零度")
    p_ref = atm if ref_mpa is None else positive(ref_mpa, "基准压力")
    k = _k(k)
    r = positive(r_gas, "气体常数")
    h = hours_per_year(hours, "年运行小时数")
    p1 = (gauge + atm) * 1e6  # Pa
    ratio = atm * 1e6 / p1
    critical = (2 / (k + 1)) ** (k / (k - 1))
    area = math.pi * d * d / 4
    choked = ratio <= critical
    if choked:
        per_hole = c * area * p1 * math.sqrt(k / (r * t1)) * (2 / (k + 1)) ** ((k + 1) / (2 * (k - 1)))
        how = (f"p_a/p1 = {fmt(ratio)} ≤ {fmt(critical)}，临界（壅塞）流：ṁ = Cd·A·p1·√(k/(R·T1))·"
               f"(2/(k+1))^((k+1)/(2(k−1)))")
    else:
        per_hole = c * area * p1 * math.sqrt(2 * k / ((k - 1) * r * t1) * (ratio ** (2 / k) - ratio ** ((k + 1) / k)))
        how = (f"p_a/p1 = {fmt(ratio)} > {fmt(critical)}，亚临界流：ṁ = Cd·A·p1·√(2k/((k−1)·R·T1)·"
               f"[(p_a/p1)^(2/k) − (p_a/p1)^((k+1)/k)])")
    m = per_hole * count
    q = m * r * t_ref / (p_ref * 1e6) * 60  # m³/min at the reference state
    sp = None if specific_power is None else positive(specific_power, "比功率")
    energy = 0.0 if sp is None else q * sp * h
    ref = "当地大气压" if ref_mpa is None else "给定基准压力"
    trace = (f"孔口法：d = {fmt(d * 1000)} mm，A = πd²/4 = {fmt(area, 6)} m²，{count} 个；"
             f"p1 = {fmt(gauge)} + {fmt(atm)} = {fmt(p1 / 1e6)} MPa（绝对），T1 = {fmt(t1, 2)} K，"
             f"Cd = {fmt(c)}（假设值），k = {fmt(k)}，"
             f"R = {fmt(r, 2)} J/(kg·K)；{how}，每个 {fmt(per_hole, 6)} kg/s，合计 ṁ = {fmt(m, 6)} kg/s；"
             f"自由空气量 Q = ṁ·R·T_ref/p_ref = {fmt(m, 6)} × {fmt(r, 2)} × {fmt(t_ref, 2)} / {fmt(p_ref * 1e6)} × 60 "
             f"= {fmt(q)} m³/min（基准状态：{ref} {fmt(p_ref)} MPa、{fmt(t_ref - KELVIN)} °C）")
    if sp is not None:
        trace += f"；年耗电 E = Q × SP × h = {fmt(q)} × {fmt(sp)} kW/(m³/min) × {fmt(h)} h = {fmt(energy, 1)} kWh/a"
    return OrificeLeak(choked, m, q, energy, trace + f" {ORIFICE_NOTE}")


__all__ = [
    "CD_SHARP_ORIFICE",
    "K_AIR",
    "R_AIR",
    "AdiabaticPressureReduction",
    "OrificeLeak",
    "adiabatic_work",
    "compressor_pressure_reduction_adiabatic",
    "orifice_leak",
]
