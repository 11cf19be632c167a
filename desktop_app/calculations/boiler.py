"""Boiler thermal efficiency (REFERENCE.md §2.11): direct method (正平衡) and heat-loss method (反平衡).

Formulas follow GB/T 10180-2017 as REFERENCE.md states them [M; formulas standard]:

- direct: ``η1 = Q1 / (B × Q_r) × 100`` with ``Q1 = D (h_s − h_fw) + D_bd (h_bd − h_fw)`` (steam) or
  ``Q1 = G (h_out − h_in)`` (hot water); Q_r is taken as the fuel's as-received LHV (Q_net,ar);
- indirect: ``η2 = 100 − (q2 + q3 + q4 + q5 + q6)``;
- field estimate of the exhaust loss: ``q2 ≈ (m + n α)(t_py − t_lk)/100 × (1 − q4/100)``, ``α = 21/(21 − O2)``.
  REFERENCE gives no values for the fuel-dependent m and n ("coefficients not verified"), so they are required
  arguments and every trace labels them [M]; no default is shipped.

Units: steam/water/blowdown flows in kg/h, enthalpies in kJ/kg, fuel in kg/h (or m³/h for gas) with Q_net in
kJ/kg (or kJ/m³), temperatures in °C, losses and efficiencies in percent. Efficiencies outside (0, 100] are
refused, which also refuses condensing boilers on an LHV basis (GB 24500 grades them up to 103 %).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.calculations.calculators import Quantity, fmt, non_negative, number, percent, positive
from desktop_app.domain.errors import ValidationError

ABSOLUTE_ZERO_C = -273.15
O2_IN_AIR_PCT = 21.0


@dataclass(frozen=True)
class DirectEfficiency:
    """正平衡: the useful heat Q1 and the fuel heat input B × Q_net, both kJ/h, and η1 in %."""

    useful_kj_h: float
    input_kj_h: float
    efficiency_pct: float
    trace: str


@dataclass(frozen=True)
class IndirectEfficiency:
    """反平衡: η2 = 100 − Σq, with the five losses in % as entered (or computed, for q2)."""

    q2_pct: float
    q3_pct: float
    q4_pct: float
    q5_pct: float
    q6_pct: float
    total_loss_pct: float
    efficiency_pct: float
    trace: str


def _temperature(value: float, field: str) -> float:
    t = number(value, field)
    if t <= ABSOLUTE_ZERO_C:
        raise ValidationError(field=field, detail=f"{fmt(t)} °C 低于绝对零度")
    return t


def _fuel_input(fuel_rate: float, fuel_lhv: float) -> tuple[float, float, float]:
    b = positive(fuel_rate, "燃料消耗量")
    q_net = positive(fuel_lhv, "燃料低位发热量")
    return b, q_net, b * q_net


def _direct_result(useful: float, b: float, q_net: float, heat_in: float, useful_text: str) -> DirectEfficiency:
    eta = useful / heat_in * 100
    if eta > 100:
        raise ValidationError(field="燃料消耗量",
                              detail=f"算得效率 {fmt(eta, 2)} % 超过 100 %，请核对流量、焓值、燃料量和发热量"
                                     f"（冷凝锅炉按低位发热量可超过 100 %，本计算不适用）")
    trace = (f"{useful_text}；输入热量 B × Q_net = {fmt(b)} × {fmt(q_net)} kJ = {fmt(heat_in, 1)} kJ/h；"
             f"正平衡效率 η1 = Q1 / (B × Q_net) × 100 = {fmt(useful, 1)} / {fmt(heat_in, 1)} × 100 = {fmt(eta, 2)} %"
             f"（Q_r 取收到基低位发热量，未计燃料和空气的物理显热 [M：GB/T 10180 公式按参考资料记忆]）")
    return DirectEfficiency(useful, heat_in, eta, trace)


def steam_boiler_efficiency_direct(steam_kg_h: float, h_steam_kj_kg: float, h_feed_kj_kg: float,
                                   fuel_rate: float, fuel_lhv_kj: float, *, blowdown_kg_h: float = 0.0,
                                   h_blowdown_kj_kg: float | None = None) -> DirectEfficiency:
    """Steam boiler, direct method: Q1 = D (h_s − h_fw) + D_bd (h_bd − h_fw); η1 = Q1 / (B Q_net) × 100.

    ``h_steam_kj_kg`` is the enthalpy of the delivered steam (for wet steam, h'' − r w/100, computed by the caller);
    ``h_blowdown_kj_kg`` (saturated water at drum pressure) is required when ``blowdown_kg_h`` > 0.
    """
    d = positive(steam_kg_h, "蒸汽流量")
    h_s = positive(h_steam_kj_kg, "蒸汽焓")
    h_fw = non_negative(h_feed_kj_kg, "给水焓")
    if h_s <= h_fw:
        raise ValidationError(field="蒸汽焓", detail=f"{fmt(h_s)} kJ/kg 不高于给水焓 {fmt(h_fw)} kJ/kg")
    d_bd = non_negative(blowdown_kg_h, "排污量")
    b, q_net, heat_in = _fuel_input(fuel_rate, fuel_lhv_kj)
    useful = d * (h_s - h_fw)
    text = f"有效利用热量 Q1 = D (h_s − h_fw) = {fmt(d)} kg/h × ({fmt(h_s)} − {fmt(h_fw)}) kJ/kg"
    if d_bd > 0:
        if h_blowdown_kj_kg is None:
            raise ValidationError(field="排污水焓", detail="有排污量时须给出排污水焓（汽包压力下的饱和水焓）")
        h_bd = positive(h_blowdown_kj_kg, "排污水焓")
        if h_bd < h_fw:
            raise ValidationError(field="排污水焓", detail=f"{fmt(h_bd)} kJ/kg 低于给水焓 {fmt(h_fw)} kJ/kg")
        useful += d_bd * (h_bd - h_fw)
        text += f" + D_bd (h_bd − h_fw) = {fmt(d_bd)} kg/h × ({fmt(h_bd)} − {fmt(h_fw)}) kJ/kg"
    text += f" = {fmt(useful, 1)} kJ/h"
    return _direct_result(useful, b, q_net, heat_in, text)


def hot_water_boiler_efficiency_direct(water_kg_h: float, h_out_kj_kg: float, h_in_kj_kg: float,
                                       fuel_rate: float, fuel_lhv_kj: float) -> DirectEfficiency:
    """Hot-water boiler, direct method: Q1 = G (h_out − h_in); η1 = Q1 / (B Q_net) × 100."""
    g = positive(water_kg_h, "循环水量")
    h_out = positive(h_out_kj_kg, "出水焓")
    h_in = non_negative(h_in_kj_kg, "进水焓")
    if h_out <= h_in:
        raise ValidationError(field="出水焓", detail=f"{fmt(h_out)} kJ/kg 不高于进水焓 {fmt(h_in)} kJ/kg")
    b, q_net, heat_in = _fuel_input(fuel_rate, fuel_lhv_kj)
    useful = g * (h_out - h_in)
    text = (f"有效利用热量 Q1 = G (h_out − h_in) = {fmt(g)} kg/h × ({fmt(h_out)} − {fmt(h_in)}) kJ/kg = "
            f"{fmt(useful, 1)} kJ/h")
    return _direct_result(useful, b, q_net, heat_in, text)


def excess_air_from_o2(o2_pct: float) -> Quantity:
    """α ≈ 21 / (21 − O2), O2 in % by volume of dry flue gas (complete combustion assumed)."""
    o2 = number(o2_pct, "烟气含氧量")
    if o2 < 0:
        raise ValidationError(field="烟气含氧量", detail=f"{fmt(o2)} % 不能为负")
    if o2 >= O2_IN_AIR_PCT:
        raise ValidationError(field="烟气含氧量", detail=f"{fmt(o2)} % 不低于空气含氧量 21 %，不是烟气测量值")
    alpha = O2_IN_AIR_PCT / (O2_IN_AIR_PCT - o2)
    trace = (f"过量空气系数 α ≈ 21 / (21 − O2) = 21 / (21 − {fmt(o2)}) = {fmt(alpha, 3)}"
             f"（干烟气含氧量，按完全燃烧近似 [M]）")
    return Quantity(alpha, "", trace)


def flue_gas_loss_q2(flue_gas_c: float, air_c: float, o2_pct: float, *, m: float, n: float,
                     q4_pct: float = 0.0) -> Quantity:
    """排烟热损失 q2 ≈ (m + n α)(t_py − t_lk)/100 × (1 − q4/100), in %; m and n are fuel-dependent and required.

    REFERENCE.md gives no values for m and n, so none is shipped: the caller enters them (from the monitoring
    standard the engineer uses) and the trace labels them [M].
    """
    t_fg = _temperature(flue_gas_c, "排烟温度")
    t_air = _temperature(air_c, "入炉冷空气温度")
    if t_fg < t_air:
        raise ValidationError(field="排烟温度", detail=f"{fmt(t_fg)} °C 低于冷空气温度 {fmt(t_air)} °C")
    k_m = non_negative(m, "系数 m")
    k_n = positive(n, "系数 n")
    q4 = percent(q4_pct, "q4 固体未完全燃烧热损失")
    alpha = excess_air_from_o2(o2_pct)
    q2 = (k_m + k_n * alpha.value) * (t_fg - t_air) / 100 * (1 - q4 / 100)
    if q2 >= 100:
        raise ValidationError(field="排烟温度", detail=f"算得 q2 = {fmt(q2, 2)} % 不低于 100 %，请核对温度和系数")
    trace = (f"{alpha.trace}；排烟热损失 q2 ≈ (m + n α)(t_py − t_lk)/100 × (1 − q4/100) = "
             f"({fmt(k_m)} + {fmt(k_n)} × {fmt(alpha.value, 3)}) × ({fmt(t_fg)} − {fmt(t_air)}) / 100 × "
             f"(1 − {fmt(q4)}/100) = {fmt(q2, 2)} %"
             f"（m = {fmt(k_m)}、n = {fmt(k_n)} 为使用者输入的燃料相关系数 [M：参考资料未给出数值，未核对]；"
             f"简化节能监测公式 [M]）")
    return Quantity(q2, "%", trace)


def boiler_efficiency_indirect(q2_pct: float, q3_pct: float, q4_pct: float, q5_pct: float,
                               q6_pct: float) -> IndirectEfficiency:
    """反平衡 η2 = 100 − (q2 + q3 + q4 + q5 + q6), every loss in % of the fuel heat input."""
    names = ("q2 排烟热损失", "q3 气体未完全燃烧热损失", "q4 固体未完全燃烧热损失", "q5 散热损失",
             "q6 灰渣物理热损失")
    q2, q3, q4, q5, q6 = (percent(v, f) for v, f in zip((q2_pct, q3_pct, q4_pct, q5_pct, q6_pct), names,
                                                        strict=True))
    total = q2 + q3 + q4 + q5 + q6
    eta = 100 - total
    if eta <= 0:
        raise ValidationError(field="q2 排烟热损失", detail=f"各项损失之和 {fmt(total, 2)} % 不低于 100 %")
    trace = (f"反平衡效率 η2 = 100 − (q2 + q3 + q4 + q5 + q6) = 100 − ({fmt(q2, 2)} + {fmt(q3, 2)} + {fmt(q4, 2)} + "
             f"{fmt(q5, 2)} + {fmt(q6, 2)}) = 100 − {fmt(total, 2)} = {fmt(eta, 2)} %"
             f"（q3–q6 为输入值；GB/T 10180 公式 [M]）")
    return IndirectEfficiency(q2, q3, q4, q5, q6, total, eta, trace)


def boiler_efficiency_indirect_from_flue_gas(flue_gas_c: float, air_c: float, o2_pct: float, *, m: float, n: float,
                                             q3_pct: float, q4_pct: float, q5_pct: float,
                                             q6_pct: float) -> IndirectEfficiency:
    """反平衡 with q2 estimated by ``flue_gas_loss_q2`` (m, n required, [M]) and q3–q6 entered in %."""
    q2 = flue_gas_loss_q2(flue_gas_c, air_c, o2_pct, m=m, n=n, q4_pct=q4_pct)
    result = boiler_efficiency_indirect(q2.value, q3_pct, q4_pct, q5_pct, q6_pct)
    return IndirectEfficiency(result.q2_pct, result.q3_pct, result.q4_pct, result.q5_pct, result.q6_pct,
                              result.total_loss_pct, result.efficiency_pct, f"{q2.trace}；{result.trace}")
