"""Heat loss per metre of a horizontal pipe in still indoor air, bare or insulated (REFERENCE.md §1.2 item 22).

Standard engineering method [M] (REFERENCE.md gives no formulas for this; these are textbook heat transfer):

- bare: ``q = α π D (t − t_a)``, W/m;
- insulated: conduction through the layer ``q = 2 π λ (t_in − t_s) / ln(D_o / D_i)`` balanced with the surface loss
  ``q = α π D_o (t_s − t_a)``, solved for the surface temperature t_s by bisection;
- ``α = α_c + α_r``: radiation ``α_r = ε σ (T_s⁴ − T_a⁴) / (T_s − T_a)`` (surroundings at the air temperature) and
  natural convection from the simplified laminar correlation for a horizontal cylinder in air
  ``α_c = 1.32 (ΔT / D)^0.25`` W/(m²·K) [M];
- the pipe wall and the inside film are neglected: t_in is the medium temperature at the insulation's inner face;
- annual loss ``E = q × L × h / 1000`` kWh and its coal equivalent at the heat 当量值 0.03412 kgce/MJ
  (REFERENCE.md §2.2, [V-2]): ``tce = E × 3.6 × 0.03412 / 1000``.

Units: temperatures °C, diameters m, λ W/(m·K), q W/m, hours h/a, length m. Wind (forced convection) is not
covered: outdoor pipes lose more than this estimate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.calculations.calculators import fmt, hours_per_year, number, positive
from desktop_app.domain.errors import ValidationError

STEFAN_BOLTZMANN = 5.670374419e-8  # W/(m²·K⁴)
KELVIN = 273.15
HEAT_KGCE_PER_MJ = 0.03412  # GB/T 2589 热力当量值 (REFERENCE.md §2.2)
MJ_PER_KWH = 3.6
CONVECTION_COEFFICIENT = 1.32  # α_c = 1.32 (ΔT/D)^0.25, horizontal cylinder in air, laminar [M]
_BISECTION_STEPS = 200


@dataclass(frozen=True)
class SurfaceCoefficient:
    """Outer-surface heat-transfer coefficients, W/(m²·K)."""

    convection: float
    radiation: float
    total: float
    trace: str


@dataclass(frozen=True)
class PipeHeatLoss:
    """Heat loss of a pipe: q per metre, the surface temperature and the annual energy over ``length_m``."""

    loss_w_per_m: float
    surface_c: float
    coefficient: float  # α at the surface, W/(m²·K)
    annual_kwh: float
    annual_tce: float
    trace: str


def _temperature(value: float, field: str) -> float:
    t = number(value, field)
    if t <= -KELVIN:
        raise ValidationError(field=field, detail=f"{fmt(t)} °C 低于绝对零度")
    return t


def _emissivity(value: float) -> float:
    eps = number(value, "表面发射率")
    if not 0 < eps <= 1:
        raise ValidationError(field="表面发射率", detail=f"{fmt(eps)} 不合理（应在 0–1 之间，且大于 0）")
    return eps


def _alphas(t_surface: float, t_air: float, diameter: float, emissivity: float) -> tuple[float, float]:
    dt = t_surface - t_air
    ts, ta = t_surface + KELVIN, t_air + KELVIN
    alpha_c = CONVECTION_COEFFICIENT * (abs(dt) / diameter) ** 0.25
    if dt == 0:
        alpha_r = 4 * emissivity * STEFAN_BOLTZMANN * ta**3  # the limit of the quotient at T_s = T_a
    else:
        alpha_r = emissivity * STEFAN_BOLTZMANN * (ts**4 - ta**4) / dt
    return alpha_c, alpha_r


def surface_coefficient(surface_c: float, air_c: float, diameter_m: float, emissivity: float) -> SurfaceCoefficient:
    """α = α_c + α_r at the surface temperature (W/(m²·K))."""
    t_s = _temperature(surface_c, "表面温度")
    t_a = _temperature(air_c, "环境温度")
    d = positive(diameter_m, "外径")
    eps = _emissivity(emissivity)
    alpha_c, alpha_r = _alphas(t_s, t_a, d, eps)
    total = alpha_c + alpha_r
    trace = (f"对流 α_c = 1.32 (ΔT/D)^0.25 = 1.32 × ({fmt(abs(t_s - t_a))} / {fmt(d)})^0.25 = {fmt(alpha_c, 3)} "
             f"W/(m²·K) [M：水平圆管空气自然对流层流简化式]；辐射 α_r = εσ(T_s⁴ − T_a⁴)/(T_s − T_a) = "
             f"{fmt(alpha_r, 3)} W/(m²·K)（ε = {fmt(eps)}，周围环境取空气温度）；α = {fmt(total, 3)} W/(m²·K)")
    return SurfaceCoefficient(alpha_c, alpha_r, total, trace)


def _annual(q: float, length_m: float, hours: float) -> tuple[float, float, float, float]:
    length = positive(length_m, "管道长度")
    h = hours_per_year(hours, "年运行小时数")
    kwh = q * length * h / 1000
    tce = kwh * MJ_PER_KWH * HEAT_KGCE_PER_MJ / 1000
    return length, h, kwh, tce


def _annual_text(q: float, length: float, h: float, kwh: float, tce: float) -> str:
    return (f"年散热量 E = q × L × h / 1000 = {fmt(q, 2)} W/m × {fmt(length)} m × {fmt(h)} h / 1000 = "
            f"{fmt(kwh, 1)} kWh/a；折标准煤 = {fmt(kwh, 1)} kWh × 3.6 MJ/kWh × 0.03412 kgce/MJ / 1000 = "
            f"{fmt(tce, 3)} tce/a（热力当量值）")


def _hot_pipe(t_pipe: float, t_air: float, field: str) -> None:
    if t_pipe <= t_air:
        raise ValidationError(field=field,
                              detail=f"{fmt(t_pipe)} °C 不高于环境温度 {fmt(t_air)} °C（本计算只适用于热管道）")


def bare_pipe_heat_loss(pipe_c: float, air_c: float, diameter_m: float, emissivity: float, *, hours: float = 0.0,
                        length_m: float = 1.0) -> PipeHeatLoss:
    """Bare horizontal pipe: q = α π D (t − t_a), with the surface at the pipe temperature."""
    t = _temperature(pipe_c, "管道表面温度")
    t_a = _temperature(air_c, "环境温度")
    _hot_pipe(t, t_a, "管道表面温度")
    d = positive(diameter_m, "管道外径")
    coeff = surface_coefficient(t, t_a, d, emissivity)
    q = coeff.total * math.pi * d * (t - t_a)
    length, h, kwh, tce = _annual(q, length_m, hours)
    trace = (f"裸管：{coeff.trace}；q = α π D (t − t_a) = {fmt(coeff.total, 3)} × π × {fmt(d)} m × "
             f"({fmt(t)} − {fmt(t_a)}) = {fmt(q, 2)} W/m（忽略管壁热阻，表面温度取介质温度 [M]）；"
             f"{_annual_text(q, length, h, kwh, tce)}")
    return PipeHeatLoss(q, t, coeff.total, kwh, tce, trace)


def insulated_pipe_heat_loss(inner_c: float, air_c: float, inner_diameter_m: float, outer_diameter_m: float,
                             conductivity_w_mk: float, emissivity: float, *, hours: float = 0.0,
                             length_m: float = 1.0) -> PipeHeatLoss:
    """Insulated horizontal pipe: solve 2πλ(t_in − t_s)/ln(D_o/D_i) = α(t_s) π D_o (t_s − t_a) for t_s.

    ``inner_diameter_m`` is the insulation's inner diameter (the pipe's outer diameter), ``inner_c`` the temperature
    there (taken as the medium temperature), ``emissivity`` that of the cladding.
    """
    t_in = _temperature(inner_c, "保温层内表面温度")
    t_a = _temperature(air_c, "环境温度")
    _hot_pipe(t_in, t_a, "保温层内表面温度")
    d_i = positive(inner_diameter_m, "保温层内径")
    d_o = positive(outer_diameter_m, "保温层外径")
    if d_o <= d_i:
        raise ValidationError(field="保温层外径", detail=f"{fmt(d_o)} m 不大于内径 {fmt(d_i)} m")
    lam = positive(conductivity_w_mk, "保温材料导热系数")
    eps = _emissivity(emissivity)
    resistance = math.log(d_o / d_i) / (2 * math.pi * lam)  # (m·K)/W

    def imbalance(t_s: float) -> float:
        alpha_c, alpha_r = _alphas(t_s, t_a, d_o, eps)
        return (t_in - t_s) / resistance - (alpha_c + alpha_r) * math.pi * d_o * (t_s - t_a)

    low, high = t_a, t_in  # imbalance(low) > 0, imbalance(high) < 0
    for _ in range(_BISECTION_STEPS):
        mid = (low + high) / 2
        if mid in (low, high):
            break
        if imbalance(mid) > 0:
            low = mid
        else:
            high = mid
    t_s = (low + high) / 2
    coeff = surface_coefficient(t_s, t_a, d_o, eps)
    q = (t_in - t_s) / resistance
    length, h, kwh, tce = _annual(q, length_m, hours)
    trace = (f"保温管：导热 q = 2πλ(t_in − t_s)/ln(D_o/D_i)，λ = {fmt(lam)} W/(m·K)，D_i = {fmt(d_i)} m，"
             f"D_o = {fmt(d_o)} m；表面散热 q = α π D_o (t_s − t_a)；二分法解得表面温度 t_s = {fmt(t_s, 2)} °C；"
             f"{coeff.trace}；q = 2π × {fmt(lam)} × ({fmt(t_in)} − {fmt(t_s, 2)}) / ln({fmt(d_o)}/{fmt(d_i)}) = "
             f"{fmt(q, 2)} W/m（忽略管壁与管内换热热阻，t_in 取介质温度 [M]）；{_annual_text(q, length, h, kwh, tce)}")
    return PipeHeatLoss(q, t_s, coeff.total, kwh, tce, trace)


def surface_loss_w_per_m(surface_c: float, air_c: float, diameter_m: float, emissivity: float) -> float:
    """q = α π D (t_s − t_a) at a given surface temperature (for checking a measured or solved t_s)."""
    coeff = surface_coefficient(surface_c, air_c, diameter_m, emissivity)
    return coeff.total * math.pi * diameter_m * (number(surface_c, "表面温度") - number(air_c, "环境温度"))


def conduction_loss_w_per_m(inner_c: float, surface_c: float, inner_diameter_m: float, outer_diameter_m: float,
                            conductivity_w_mk: float) -> float:
    """q = 2πλ(t_in − t_s)/ln(D_o/D_i) through the insulation layer."""
    d_i = positive(inner_diameter_m, "保温层内径")
    d_o = positive(outer_diameter_m, "保温层外径")
    if d_o <= d_i:
        raise ValidationError(field="保温层外径", detail=f"{fmt(d_o)} m 不大于内径 {fmt(d_i)} m")
    lam = positive(conductivity_w_mk, "保温材料导热系数")
    t_in = _temperature(inner_c, "保温层内表面温度")
    return 2 * math.pi * lam * (t_in - _temperature(surface_c, "表面温度")) / math.log(d_o / d_i)
