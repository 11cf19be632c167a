"""Electrical field calculators: motors (§2.6), transformers (§2.7), power factor and capacitors (§2.12).

Pure functions on floats; see ``calculators`` for the conventions (efficiency in %, β as a fraction) and the checks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.calculations.calculators import (
    ELECTRICITY_KGCE_PER_KWH,
    Quantity,
    check_computed_load_rate,
    efficiency_pct,
    fmt,
    grid_factor,
    hours_per_year,
    load_rate,
    non_negative,
    percent,
    positive,
    power_factor,
)
from desktop_app.domain.errors import ValidationError

# --- motors ----------------------------------------------------------------------------------------------

ZONE_NOTE = "[M：GB/T 12497 运行区划分凭记忆，待核对原文]"


@dataclass(frozen=True)
class MotorLoad:
    beta: float  # load rate as a fraction (0.75 = 75 %)
    zone: str  # 经济运行区 / 允许运行区 / 非经济运行区 / 过载运行
    trace: str


@dataclass(frozen=True)
class MotorReplacement:
    output_kw: float
    input_old_kw: float
    input_new_kw: float
    saving_kw: float
    saving_kwh: float  # per year
    saving_tce: float  # 当量值
    saving_tco2: float
    trace: str


def motor_zone(beta: float) -> str:
    """GB/T 12497 zones [M]: β ≥ 0.7 economic, 0.4 ≤ β < 0.7 permissible, β < 0.4 non-economic; β > 1 overload."""
    beta = load_rate(beta, "负载率")
    if beta > 1:
        return "过载运行"
    if beta >= 0.7:
        return "经济运行区"
    if beta >= 0.4:
        return "允许运行区"
    return "非经济运行区"


def _zone_text(beta: float) -> tuple[str, str]:
    zone = motor_zone(beta)
    return zone, f"{zone}（β ≥ 0.7 经济，0.4–0.7 允许，< 0.4 非经济）{ZONE_NOTE}"


def motor_load_from_power(input_kw: float, efficiency: float, rated_kw: float) -> MotorLoad:
    """β = P_in × η / P_N (η in %; the operating efficiency, the nameplate value being an approximation)."""
    p_in = non_negative(input_kw, "输入功率")
    eta = efficiency_pct(efficiency, "电动机效率")
    p_n = positive(rated_kw, "额定功率")
    beta = p_in * eta / 100 / p_n
    check_computed_load_rate(beta, "输入功率", "输入功率、效率与额定功率")
    zone, zone_text = _zone_text(beta)
    trace = (f"负载率 β = P_in × η / P_N = {fmt(p_in)} kW × {fmt(eta)} % / {fmt(p_n)} kW = {fmt(beta)}"
             f"（{fmt(beta * 100, 1)} %），{zone_text}；η 用铭牌额定效率时为近似")
    return MotorLoad(beta, zone, trace)


def motor_load_from_current(current_a: float, rated_current_a: float, no_load_current_a: float) -> MotorLoad:
    """β ≈ √((I² − I0²)/(I_N² − I0²)), an approximation that ignores the change of power factor with load."""
    i = non_negative(current_a, "实测电流")
    i_n = positive(rated_current_a, "额定电流")
    i_0 = non_negative(no_load_current_a, "空载电流")
    if i_0 >= i_n:
        raise ValidationError(field="空载电流", detail=f"{fmt(i_0)} A 不小于额定电流 {fmt(i_n)} A")
    if i < i_0:
        raise ValidationError(field="实测电流",
                              detail=f"{fmt(i)} A 低于空载电流 {fmt(i_0)} A，电动机不可能在此电流下运行")
    beta = math.sqrt((i**2 - i_0**2) / (i_n**2 - i_0**2))
    check_computed_load_rate(beta, "实测电流", "实测电流、额定电流与空载电流")
    zone, zone_text = _zone_text(beta)
    trace = (f"负载率 β ≈ √((I² − I0²)/(IN² − I0²)) = √(({fmt(i)}² − {fmt(i_0)}²)/({fmt(i_n)}² − {fmt(i_0)}²)) A"
             f" = {fmt(beta)}（{fmt(beta * 100, 1)} %），{zone_text}；电流法为近似，未计功率因数随负载的变化")
    return MotorLoad(beta, zone, trace)


def motor_replacement(rated_kw: float, load: float, efficiency_old: float, efficiency_new: float, hours: float,
                      grid_factor_kg_per_kwh: float, *,
                      kgce_per_kwh: float = ELECTRICITY_KGCE_PER_KWH) -> MotorReplacement:
    """Replacing a motor by a more efficient one at the same output: ΔP = P_out (1/η_old − 1/η_new), ΔE = ΔP h.

    ``load`` is β (fraction), efficiencies in %, ``hours`` per year; tce at ``kgce_per_kwh`` (电力当量值 0.1229 by
    default), CO2 at ``grid_factor_kg_per_kwh``. A less efficient replacement gives negative savings.
    """
    p_n = positive(rated_kw, "额定功率")
    beta = load_rate(load, "负载率")
    eta_old = efficiency_pct(efficiency_old, "原电动机效率")
    eta_new = efficiency_pct(efficiency_new, "新电动机效率")
    h = hours_per_year(hours, "年运行小时数")
    ef = grid_factor(grid_factor_kg_per_kwh)
    kgce = positive(kgce_per_kwh, "电力折标准煤系数")
    p_out = p_n * beta
    p_old = p_out / (eta_old / 100)
    p_new = p_out / (eta_new / 100)
    d_p = p_old - p_new
    d_e = d_p * h
    tce = d_e * kgce / 1000
    tco2 = d_e * ef / 1000
    trace = (f"输出功率 P_out = P_N × β = {fmt(p_n)} kW × {fmt(beta)} = {fmt(p_out)} kW；"
             f"输入功率 {fmt(p_out)}/{fmt(eta_old)} % = {fmt(p_old)} kW → "
             f"{fmt(p_out)}/{fmt(eta_new)} % = {fmt(p_new)} kW；"
             f"ΔP = P_out × (1/η_old − 1/η_new) = {fmt(d_p)} kW；ΔE = ΔP × h = {fmt(d_p)} kW × {fmt(h)} h = "
             f"{fmt(d_e, 1)} kWh/a；折标准煤 {fmt(d_e, 1)} kWh × {fmt(kgce)} kgce/kWh（当量值）= {fmt(tce)} tce；"
             f"CO2 {fmt(d_e, 1)} kWh × {fmt(ef)} kgCO2/kWh = {fmt(tco2)} tCO2；"
             f"注：按额定效率计，部分负载下的实际效率不同")
    return MotorReplacement(p_out, p_old, p_new, d_p, d_e, tce, tco2, trace)


# --- transformers ----------------------------------------------------------------------------------------

TRANSFORMER_NOTE = "[M：GB/T 13462 经济运行公式凭记忆，待核对原文]"


@dataclass(frozen=True)
class TransformerOperation:
    beta: float
    loss_kw: float  # ΔP = P0 + β² Pk
    efficiency_pct: float
    trace: str


@dataclass(frozen=True)
class TransformerIntegratedPower:
    q0_kvar: float  # I0 % × S_N
    qk_kvar: float  # Uk % × S_N
    total_kw: float  # P_Z
    trace: str


def _losses(p0_kw: float, pk_kw: float, rated_kva: float) -> tuple[float, float, float]:
    s_n = positive(rated_kva, "额定容量")
    p0 = positive(p0_kw, "空载损耗")
    pk = positive(pk_kw, "负载损耗")
    for field, value in (("空载损耗", p0), ("负载损耗", pk)):
        if value >= s_n:
            raise ValidationError(field=field,
                                  detail=f"{fmt(value)} kW 不小于额定容量 {fmt(s_n)} kVA（是否以 W 输入？）")
    return p0, pk, s_n


def transformer_operation(load_kw: float, rated_kva: float, cos_phi: float, p0_kw: float,
                          pk_kw: float) -> TransformerOperation:
    """β = P / (S_N cosφ); ΔP = P0 + β² Pk; η = P / (P + ΔP). Losses in kW (as in GB 20052 tables)."""
    p = non_negative(load_kw, "负载有功功率")
    cos = power_factor(cos_phi, "功率因数")
    p0, pk, s_n = _losses(p0_kw, pk_kw, rated_kva)
    beta = p / (s_n * cos)
    check_computed_load_rate(beta, "负载有功功率", "负载有功功率、额定容量与功率因数")
    loss = p0 + beta**2 * pk
    eta = p / (p + loss) * 100
    trace = (f"负载系数 β = P / (S_N × cosφ) = {fmt(p)} kW / ({fmt(s_n)} kVA × {fmt(cos)}) = {fmt(beta)}；"
             f"有功损耗 ΔP = P0 + β² Pk = {fmt(p0)} + {fmt(beta)}² × {fmt(pk)} = {fmt(loss)} kW；"
             f"效率 η = P / (P + ΔP) = {fmt(p)} / ({fmt(p)} + {fmt(loss)}) = {fmt(eta, 2)} % {TRANSFORMER_NOTE}")
    return TransformerOperation(beta, loss, eta, trace)


def transformer_annual_loss(p0_kw: float, pk_kw: float, rated_kva: float, load: float, hours_on: float,
                            max_loss_hours: float) -> Quantity:
    """ΔA = P0 T_on + β² Pk τ (kWh/a), τ = 最大负荷损耗小时数 (≤ T_on)."""
    p0, pk, _ = _losses(p0_kw, pk_kw, rated_kva)
    beta = load_rate(load, "负载系数")
    t_on = hours_per_year(hours_on, "年运行小时数")
    tau = hours_per_year(max_loss_hours, "最大负荷损耗小时数")
    if tau > t_on:
        raise ValidationError(field="最大负荷损耗小时数", detail=f"{fmt(tau)} h 大于年运行小时数 {fmt(t_on)} h")
    loss = p0 * t_on + beta**2 * pk * tau
    trace = (f"年电能损耗 ΔA = P0 × T_on + β² × Pk × τ = {fmt(p0)} kW × {fmt(t_on)} h + {fmt(beta)}² × {fmt(pk)} kW"
             f" × {fmt(tau)} h = {fmt(loss, 1)} kWh/a {TRANSFORMER_NOTE}")
    return Quantity(loss, "kWh/a", trace)


def transformer_optimal_load(p0_kw: float, pk_kw: float) -> Quantity:
    """β_opt = √(P0/Pk): the load factor of highest efficiency (active losses only)."""
    p0 = positive(p0_kw, "空载损耗")
    pk = positive(pk_kw, "负载损耗")
    beta = math.sqrt(p0 / pk)
    trace = (f"最佳负载系数 β_opt = √(P0/Pk) = √({fmt(p0)}/{fmt(pk)}) = {fmt(beta)}（{fmt(beta * 100, 1)} %），"
             f"仅计有功损耗 {TRANSFORMER_NOTE}")
    return Quantity(beta, "—", trace)


def transformer_integrated_power(p0_kw: float, pk_kw: float, rated_kva: float, i0_pct: float, uk_pct: float,
                                 load: float, k_q: float) -> TransformerIntegratedPower:
    """P_Z = (P0 + K_Q Q0) + β² (Pk + K_Q Qk), Q0 = I0 % S_N, Qk = Uk % S_N; K_Q (kW/kvar) has no default."""
    p0, pk, s_n = _losses(p0_kw, pk_kw, rated_kva)
    i0 = percent(i0_pct, "空载电流百分数")
    uk = percent(uk_pct, "短路阻抗百分数")
    beta = load_rate(load, "负载系数")
    kq = non_negative(k_q, "无功经济当量")
    if kq > 1:
        raise ValidationError(field="无功经济当量", detail=f"{fmt(kq)} kW/kvar 不合理（常见 0.02–0.1 kW/kvar）")
    q0 = i0 / 100 * s_n
    qk = uk / 100 * s_n
    total = (p0 + kq * q0) + beta**2 * (pk + kq * qk)
    trace = (f"Q0 = I0% × S_N = {fmt(i0)} % × {fmt(s_n)} kVA = {fmt(q0)} kvar；Qk = Uk% × S_N = {fmt(uk)} % × "
             f"{fmt(s_n)} kVA = {fmt(qk)} kvar；综合功率 P_Z = (P0 + K_Q Q0) + β² (Pk + K_Q Qk) = ({fmt(p0)} + "
             f"{fmt(kq)} × {fmt(q0)}) + {fmt(beta)}² × ({fmt(pk)} + {fmt(kq)} × {fmt(qk)}) = {fmt(total)} kW；"
             f"[M：无功经济当量 K_Q = {fmt(kq)} kW/kvar 由使用者给定，取值与公式待核对 GB/T 13462]")
    return TransformerIntegratedPower(q0, qk, total, trace)


# --- power factor ----------------------------------------------------------------------------------------

PF_NOTE = "[M：功率因数与补偿公式为通用工程公式，凭记忆]"


@dataclass(frozen=True)
class LineLossRatio:
    ratio: float  # ΔP_line,after / ΔP_line,before
    reduction_pct: float
    trace: str


def _tan(cos: float) -> float:
    return math.sqrt(1 - cos**2) / cos


def power_factor_from_energy(active_kwh: float, reactive_kvarh: float) -> Quantity:
    """Average cosφ = W_P / √(W_P² + W_Q²) from a period's active and reactive energy readings."""
    w_p = positive(active_kwh, "有功电量")
    w_q = non_negative(reactive_kvarh, "无功电量")
    cos = w_p / math.hypot(w_p, w_q)
    trace = (f"加权平均功率因数 cosφ = W_P / √(W_P² + W_Q²) = {fmt(w_p)} kWh / √({fmt(w_p)}² + {fmt(w_q)}²) = "
             f"{fmt(cos)} {PF_NOTE}")
    return Quantity(cos, "—", trace)


def power_factor_from_power(active_kw: float, apparent_kva: float) -> Quantity:
    """cosφ = P / S."""
    p = positive(active_kw, "有功功率")
    s = positive(apparent_kva, "视在功率")
    if p > s:
        raise ValidationError(field="有功功率", detail=f"{fmt(p)} kW 大于视在功率 {fmt(s)} kVA")
    cos = p / s
    return Quantity(cos, "—", f"功率因数 cosφ = P / S = {fmt(p)} kW / {fmt(s)} kVA = {fmt(cos)}")


@dataclass(frozen=True)
class PowerTriangle:
    """P, Q, S and the angle between P and S: cosφ = P/S, Q = √(S² − P²) = P tanφ, φ = arccos(cosφ) in degrees."""

    cos_phi: float
    apparent_kva: float
    reactive_kvar: float
    phi_deg: float
    trace: str


def power_triangle(active_kw: float, *, apparent_kva: float | None = None,
                   cos_phi: float | None = None) -> PowerTriangle:
    """The power triangle from P and S, or from P and cosφ (exactly one of the two): Q (kvar, inductive taken
    positive) and φ (degrees) beside cosφ. S = P is a purely resistive load: Q = 0, φ = 0."""
    p = positive(active_kw, "有功功率")
    if (apparent_kva is None) == (cos_phi is None):
        raise ValidationError(field="视在功率", detail="视在功率与功率因数须填且只填一项")
    if apparent_kva is not None:
        s = positive(apparent_kva, "视在功率")
        if p > s:
            raise ValidationError(field="有功功率", detail=f"{fmt(p)} kW 大于视在功率 {fmt(s)} kVA")
        cos = p / s
        q = math.sqrt(s * s - p * p)
        first = (f"cosφ = P / S = {fmt(p)} kW / {fmt(s)} kVA = {fmt(cos)}；"
                 f"Q = √(S² − P²) = √({fmt(s)}² − {fmt(p)}²) = {fmt(q, 2)} kvar")
    else:
        cos = power_factor(float(cos_phi), "功率因数")  # type: ignore[arg-type]  # not None on this branch
        s = p / cos
        q = p * _tan(cos)
        first = (f"S = P / cosφ = {fmt(p)} kW / {fmt(cos)} = {fmt(s, 2)} kVA；"
                 f"Q = P tanφ = {fmt(p)} × {fmt(_tan(cos))} = {fmt(q, 2)} kvar")
    phi = math.degrees(math.acos(min(cos, 1.0)))
    trace = f"{first}；φ = arccos(cosφ) = arccos({fmt(cos)}) = {fmt(phi, 2)}°（感性负载 Q 取正）{PF_NOTE}"
    return PowerTriangle(cos, s, q, phi, trace)


def capacitor_size(active_kw: float, cos_before: float, cos_after: float) -> Quantity:
    """Q_C = P (tanφ1 − tanφ2): the compensation (kvar) that raises cosφ1 to cosφ2 at active power P."""
    p = non_negative(active_kw, "有功功率")
    c1 = power_factor(cos_before, "补偿前功率因数")
    c2 = power_factor(cos_after, "目标功率因数")
    if c2 < c1:
        raise ValidationError(field="目标功率因数", detail=f"{fmt(c2)} 低于补偿前功率因数 {fmt(c1)}")
    t1, t2 = _tan(c1), _tan(c2)
    q_c = p * (t1 - t2)
    trace = (f"补偿容量 Q_C = P × (tanφ1 − tanφ2) = {fmt(p)} kW × ({fmt(t1)} − {fmt(t2)}) = {fmt(q_c, 1)} kvar"
             f"（cosφ {fmt(c1)} → {fmt(c2)}）{PF_NOTE}")
    return Quantity(q_c, "kvar", trace)


def line_loss_ratio(cos_before: float, cos_after: float) -> LineLossRatio:
    """At the same active power and voltage, line loss ∝ 1/cos²φ: ΔP2/ΔP1 = (cosφ1/cosφ2)²."""
    c1 = power_factor(cos_before, "补偿前功率因数")
    c2 = power_factor(cos_after, "补偿后功率因数")
    ratio = (c1 / c2) ** 2
    reduction = (1 - ratio) * 100
    trace = (f"线损比 ΔP2/ΔP1 = (cosφ1/cosφ2)² = ({fmt(c1)}/{fmt(c2)})² = {fmt(ratio)}，线损降低 {fmt(reduction, 1)} %"
             f"（有功功率与电压不变）{PF_NOTE}")
    return LineLossRatio(ratio, reduction, trace)
