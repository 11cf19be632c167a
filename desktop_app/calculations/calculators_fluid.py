"""Fluid-machinery field calculators: air compressors (§2.8), fans (§2.9), pumps (§2.10), affinity laws (§2.6).

Pure functions on floats in SI (flow m³/s unless the parameter says m³/min, head m, pressure Pa, power kW); see
``calculators`` for the conventions and the checks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from desktop_app.calculations.calculators import (
    G_STANDARD,
    Quantity,
    fmt,
    hours_per_year,
    non_negative,
    number,
    positive,
)
from desktop_app.domain.errors import ValidationError

Basis = Literal["shaft", "electric"]

# --- air compressors -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PressureReduction:
    saving_pct: float
    saving_kw: float
    saving_kwh: float  # per year
    trace: str


def compressor_specific_power(input_kw: float, flow_m3_min: float) -> Quantity:
    """机组输入比功率 SP = P_in / Q, kW/(m³/min) (GB 19153 indicator; lower is better)."""
    p = positive(input_kw, "输入功率")
    q = positive(flow_m3_min, "排气量")
    sp = p / q
    trace = (f"比功率 SP = P_in / Q = {fmt(p)} kW / {fmt(q)} m³/min = {fmt(sp, 2)} kW/(m³/min)；"
             f"现场测试值，正式定级需按 GB/T 3853 测试（Q 按吸气状态）")
    return Quantity(sp, "kW/(m³/min)", trace)


def compressor_leak_rate(load_seconds: float, unload_seconds: float) -> Quantity:
    """No-load test (all consumers shut): leak rate = t_load / (t_load + t_unload), in % of the compressor's flow."""
    t_load = non_negative(load_seconds, "加载时间")
    t_unload = non_negative(unload_seconds, "卸载时间")
    if t_load + t_unload == 0:
        raise ValidationError(field="加载时间", detail="加载时间与卸载时间之和为 0")
    leak = t_load / (t_load + t_unload) * 100
    trace = (f"泄漏率 = t_加载 / (t_加载 + t_卸载) = {fmt(t_load)} s / ({fmt(t_load)} + {fmt(t_unload)}) s = "
             f"{fmt(leak, 1)} %（停用全部用气设备时的加卸载测试）[M/I：现场经验方法]")
    return Quantity(leak, "%", trace)


def compressor_leak_energy(leak_flow_m3_min: float, specific_power: float, hours: float) -> Quantity:
    """Annual electricity of a leak: E = Q_leak × SP × h (kWh/a); SP in kW/(m³/min)."""
    q = non_negative(leak_flow_m3_min, "泄漏量")
    sp = positive(specific_power, "比功率")
    h = hours_per_year(hours, "年运行小时数")
    energy = q * sp * h
    trace = (f"泄漏耗电 E = Q_泄漏 × SP × h = {fmt(q)} m³/min × {fmt(sp)} kW/(m³/min) × {fmt(h)} h = "
             f"{fmt(energy, 2)} kWh/a")
    return Quantity(energy, "kWh/a", trace)


def compressor_pressure_reduction(input_kw: float, reduction_mpa: float, hours: float, *,
                                  pct_per_0_1_mpa: float = 7.0) -> PressureReduction:
    """Savings of lowering the discharge pressure: ≈ 7 % of the power per 0.1 MPa (rule of thumb [M])."""
    p = positive(input_kw, "输入功率")
    dp = positive(reduction_mpa, "降压幅度")
    rate = positive(pct_per_0_1_mpa, "每 0.1 MPa 节电率")
    h = hours_per_year(hours, "年运行小时数")
    saving_pct = rate * dp / 0.1
    if saving_pct >= 100:
        raise ValidationError(field="降压幅度", detail=f"{fmt(dp)} MPa 算得节电 {fmt(saving_pct, 1)} %，不可能")
    saving_kw = p * saving_pct / 100
    saving_kwh = saving_kw * h
    trace = (f"降压节电率 ≈ {fmt(rate)} % × {fmt(dp)} MPa / 0.1 MPa = {fmt(saving_pct, 1)} %；"
             f"ΔP = {fmt(p)} kW × {fmt(saving_pct, 1)} % = {fmt(saving_kw)} kW；ΔE = ΔP × {fmt(h)} h = "
             f"{fmt(saving_kwh, 1)} kWh/a [M：每 0.1 MPa 约 7 % 为经验值，仅适用于小幅降压，未核对]")
    return PressureReduction(saving_pct, saving_kw, saving_kwh, trace)


# --- pumps -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MachineEfficiency:
    """A pump's or a fan's field efficiency: the useful (hydraulic or air) power and η."""

    useful_kw: float
    efficiency_pct: float
    trace: str


def _density(value: float) -> float:
    rho = positive(value, "密度")
    if not 300 <= rho <= 3000:
        raise ValidationError(field="密度",
                              detail=f"{fmt(rho)} kg/m³ 不合理（液体应在 300–3000 kg/m³，是否输入了相对密度？）")
    return rho


def _power_label(basis: Basis) -> tuple[str, str]:
    if basis == "shaft":
        return "轴功率", "效率"
    if basis == "electric":
        return "电动机输入功率", "机组效率"
    raise ValidationError(field="功率基准", detail=f"“{basis}”未知（应为 shaft 或 electric）")


def _efficiency(useful: float, power: float, power_field: str, inputs: str) -> float:
    eta = useful / power * 100
    if eta > 100:
        raise ValidationError(field=power_field, detail=f"算得效率 {fmt(eta, 1)} % 超过 100 %，请核对{inputs}")
    return eta


def pump_hydraulic_power(flow_m3_s: float, head_m: float, *, density: float = 1000.0,
                         g: float = G_STANDARD) -> Quantity:
    """P_u = ρ g Q H / 1000 (kW), Q in m³/s, H in m, ρ in kg/m³."""
    q = non_negative(flow_m3_s, "流量")
    head = non_negative(head_m, "扬程")
    rho = _density(density)
    g = positive(g, "重力加速度")
    p_u = rho * g * q * head / 1000
    trace = (f"有效功率 P_u = ρ g Q H / 1000 = {fmt(rho)} × {fmt(g, 5)} × {fmt(q, 6)} m³/s × {fmt(head)} m / 1000 = "
             f"{fmt(p_u)} kW")
    return Quantity(p_u, "kW", trace)


def pump_efficiency(flow_m3_s: float, head_m: float, power_kw: float, *, density: float = 1000.0,
                    basis: Basis = "shaft") -> MachineEfficiency:
    """η = ρ g Q H / (1000 P): pump efficiency on shaft power, unit (机组) efficiency on electric input."""
    power_field, eta_label = _power_label(basis)
    power = positive(power_kw, power_field)
    hydraulic = pump_hydraulic_power(flow_m3_s, head_m, density=density)
    eta = _efficiency(hydraulic.value, power, power_field, f"流量、扬程与{power_field}")
    trace = f"{hydraulic.trace}；{eta_label} η = P_u / P = {fmt(hydraulic.value)} / {fmt(power)} kW = {fmt(eta, 2)} %"
    return MachineEfficiency(hydraulic.value, eta, trace)


def pump_specific_speed(speed_rpm: float, flow_m3_s: float, head_m: float, *, stages: int = 1,
                        double_suction: bool = False) -> Quantity:
    """ns = 3.65 n √Q / H^0.75, Q in m³/s per impeller eye (halved for double suction), H per stage in m."""
    n = positive(speed_rpm, "转速")
    q = positive(flow_m3_s, "流量")
    head = positive(head_m, "扬程")
    if isinstance(stages, bool) or not isinstance(stages, int) or stages < 1:
        raise ValidationError(field="级数", detail=f"“{stages}”应为不小于 1 的整数")
    q_eye = q / 2 if double_suction else q
    h_stage = head / stages
    ns = 3.65 * n * math.sqrt(q_eye) / h_stage**0.75
    q_text = f"{fmt(q, 6)}/2" if double_suction else fmt(q, 6)
    h_text = f"{fmt(head)}/{stages}" if stages > 1 else fmt(head)
    trace = (f"比转速 ns = 3.65 n √Q / H^0.75 = 3.65 × {fmt(n)} r/min × √({q_text} m³/s) / ({h_text} m)^0.75 = "
             f"{fmt(ns, 1)}（双吸取 Q/2，多级取单级扬程）")
    return Quantity(ns, "—", trace)


# --- fans ------------------------------------------------------------------------------------------------


def fan_efficiency(flow_m3_s: float, total_pressure_pa: float, power_kw: float, *, compressibility: float = 1.0,
                   basis: Basis = "shaft") -> MachineEfficiency:
    """η = Q p_F K_p / (1000 P): Q in m³/s (inlet), p_F = total pressure rise in Pa, P in kW.

    ``compressibility`` K_p (ISO 5801, ≤ 1) defaults to 1, which is the REFERENCE §2.9 formula.
    """
    power_field, eta_label = _power_label(basis)
    q = non_negative(flow_m3_s, "风量")
    p_f = positive(total_pressure_pa, "全压升")
    kp = number(compressibility, "压缩性系数")
    if not 0.8 <= kp <= 1:
        raise ValidationError(field="压缩性系数", detail=f"{fmt(kp)} 不合理（应在 0.8–1）")
    power = positive(power_kw, power_field)
    air = q * p_f * kp / 1000
    eta = _efficiency(air, power, power_field, f"风量、全压与{power_field}")
    trace = (f"空气功率 P_a = Q × p_F × K_p / 1000 = {fmt(q)} m³/s × {fmt(p_f, 1)} Pa × {fmt(kp)} / 1000 = "
             f"{fmt(air)} kW；{eta_label} η = P_a / P = {fmt(air)} / {fmt(power)} kW = {fmt(eta, 2)} %")
    return MachineEfficiency(air, eta, trace)


# --- affinity laws ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AffinityResult:
    speed_ratio: float
    flow: float
    head: float
    power_kw: float
    saving_kw: float
    trace: str


def affinity_speed_change(flow: float, head: float, power_kw: float, speed_before: float, speed_after: float, *,
                          flow_unit: str = "m³/h", head_unit: str = "m") -> AffinityResult:
    """Q ∝ n, H ∝ n², P ∝ n³: the duty at another speed (any consistent speed unit, r/min or Hz).

    An upper bound of the saving: static head shifts the operating point and the VSD has its own losses.
    """
    q = non_negative(flow, "流量")
    h = non_negative(head, "扬程/压力")
    p = non_negative(power_kw, "功率")
    n1 = positive(speed_before, "调速前转速")
    n2 = positive(speed_after, "调速后转速")
    r = n2 / n1
    if r > 1.5:
        raise ValidationError(field="调速后转速", detail=f"转速比 {fmt(r)} 超过 1.5，不合理")
    q2, h2, p2 = q * r, h * r**2, p * r**3
    trace = (f"转速比 n2/n1 = {fmt(n2)}/{fmt(n1)} = {fmt(r)}；"
             f"Q2 = Q1 × r = {fmt(q)} × {fmt(r)} = {fmt(q2)} {flow_unit}；"
             f"H2 = H1 × r² = {fmt(h)} × {fmt(r)}² = {fmt(h2)} {head_unit}；P2 = P1 × r³ = {fmt(p)} × {fmt(r)}³ = "
             f"{fmt(p2)} kW，节约 {fmt(p - p2)} kW；注：相似定律只适用于无静扬程的管路，静扬程与变频器损耗使实际节电"
             f"低于此值，结果为上限 [M]")
    return AffinityResult(r, q2, h2, p2, p - p2, trace)
