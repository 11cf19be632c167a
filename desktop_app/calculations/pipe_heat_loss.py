"""Heat loss per metre of a horizontal pipe in air, bare or insulated, still air or wind (REFERENCE.md §1.2 item 22).

Standard engineering method [M] (REFERENCE.md gives no formulas for this; these are textbook heat transfer):

- bare: ``q = α π D (t − t_a)``, W/m, the surface at the pipe temperature;
- insulated: conduction through the layer with ``λ(t) = λ0 + b·t`` (the linear form of GB/T 4272 / GB/T 8175),
  integrated exactly: ``q = 2π ∫λ dt / ln(D_o/D_i) = 2π λ_m (t_in − t_s) / ln(D_o/D_i)``,
  ``λ_m = λ0 + b (t_in + t_s)/2`` (λ at the layer's mean temperature), balanced with the surface loss
  ``q = α π D_o (t_s − t_a)`` and solved for the surface temperature t_s by bisection;
- ``α = α_c + α_r``: radiation ``α_r = ε σ (T_s⁴ − T_a⁴) / (T_s − T_a)`` (surroundings at the air temperature);
  convection ``α_c = Nu k / D`` with air properties at the film temperature ``(t_s + t_a)/2``:
  natural convection by Churchill–Chu (1975) for a horizontal isothermal cylinder,
  ``Nu_N = {0.60 + 0.387 Ra^(1/6) / [1 + (0.559/Pr)^(9/16)]^(8/27)}²``, ``Ra = g β ΔT D³ Pr / ν²``, β = 1/T_f;
  forced convection in cross-flow by Churchill–Bernstein (1977),
  ``Nu_F = 0.3 + 0.62 Re^½ Pr^⅓ / [1 + (0.4/Pr)^⅔]^¼ · [1 + (Re/282000)^⅝]^⅘``, ``Re = w D / ν``;
  mixed convection by Churchill's rule for cross-flow ``Nu = (Nu_F³ + Nu_N³)^⅓``; wind 0 → ``Nu = Nu_N``;
- dry air at 1 atm [M]: ``μ`` by Sutherland's law (μ0 = 1.716e-5 Pa·s at 273.15 K, S = 110.4 K), ``ρ = p/(R T)``
  (p = 101 325 Pa, R = 287.05 J/(kg·K)), ``k = 0.02364 + 7.31e-5 t`` W/(m·K) (a straight line through the
  textbook table values 0.02364 at 0 °C and 0.03095 at 100 °C, Çengel & Ghajar Table A-15),
  ``c_p = 1007`` J/(kg·K), ``ν = μ/ρ``, ``Pr = μ c_p / k``; fitted for film temperatures about 0–200 °C;
- the pipe wall and the inside film are neglected: t_in is the medium temperature at the insulation's inner face;
- annual loss ``E = q × L × h / 1000`` kWh and its coal equivalent at the heat 当量值 0.03412 kgce/MJ
  (REFERENCE.md §2.2, [V-2]): ``tce = E × 3.6 × 0.03412 / 1000``.

Units: temperatures °C, diameters m, λ0 W/(m·K), b W/(m·K²), wind m/s, q W/m, hours h/a, length m.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.calculations.calculators import fmt, hours_per_year, non_negative, number, positive
from desktop_app.domain.errors import ValidationError

STEFAN_BOLTZMANN = 5.670374419e-8  # W/(m²·K⁴)
KELVIN = 273.15
GRAVITY = 9.80665  # m/s²
HEAT_KGCE_PER_MJ = 0.03412  # GB/T 2589 热力当量值 (REFERENCE.md §2.2)
MJ_PER_KWH = 3.6
# dry air at 1 atm [M]
AIR_PRESSURE_PA = 101325.0
AIR_GAS_CONSTANT = 287.05  # J/(kg·K)
AIR_CP = 1007.0  # J/(kg·K)
SUTHERLAND_MU0 = 1.716e-5  # Pa·s at SUTHERLAND_T0
SUTHERLAND_T0 = 273.15  # K
SUTHERLAND_S = 110.4  # K
AIR_K0 = 0.02364  # W/(m·K) at 0 °C
AIR_K_SLOPE = 7.31e-5  # W/(m·K) per K
FILM_FIT_C = (0.0, 200.0)  # film temperatures the air-property fit is meant for, °C
WIND_MAX = 60.0  # m/s
_BISECTION_STEPS = 200

AIR_FIT_TEXT = ("干空气 1 atm 物性 [M]：μ 按 Sutherland 式 "
                "μ = 1.716e-5 (T/273.15)^1.5 (273.15 + 110.4)/(T + 110.4) Pa·s，ρ = 101325/(287.05 T)，ν = μ/ρ，"
                "k = 0.02364 + 7.31e-5 t W/(m·K)（过 Çengel & Ghajar 表 A-15 0 °C、100 °C 两点的直线），"
                "c_p = 1007 J/(kg·K)，Pr = μ c_p / k，β = 1/T（膜温 T_f）")
MIXED_RULE_TEXT = "混合对流按 Churchill 横掠圆柱叠加式 Nu = (Nu_F³ + Nu_N³)^(1/3)"


@dataclass(frozen=True)
class AirProperties:
    """Dry air at 1 atm at ``film_c``: k W/(m·K), ν m²/s, Pr, β 1/K."""

    film_c: float
    conductivity: float
    kinematic_viscosity: float
    prandtl: float
    beta: float


@dataclass(frozen=True)
class SurfaceCoefficient:
    """Outer-surface heat-transfer coefficients, W/(m²·K), and the numbers behind the convection part."""

    convection: float
    radiation: float
    total: float
    trace: str
    nusselt: float = 0.0
    nusselt_natural: float = 0.0
    nusselt_forced: float = 0.0  # 0 in still air
    rayleigh: float = 0.0
    reynolds: float = 0.0


@dataclass(frozen=True)
class PipeHeatLoss:
    """Heat loss of a pipe: q per metre, the surface temperature and the annual energy over ``length_m``."""

    loss_w_per_m: float
    surface_c: float
    coefficient: float  # α at the surface, W/(m²·K)
    annual_kwh: float
    annual_tce: float
    trace: str
    convection: float = 0.0  # α_c, W/(m²·K)
    radiation: float = 0.0  # α_r, W/(m²·K)
    conductivity_mean: float = 0.0  # λ_m of the insulation, W/(m·K); 0 for a bare pipe


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


def _wind(value: float) -> float:
    w = non_negative(value, "风速")
    if w > WIND_MAX:
        raise ValidationError(field="风速", detail=f"{fmt(w)} m/s 不合理（应在 0–{fmt(WIND_MAX)} m/s）")
    return w


def air_properties(film_c: float) -> AirProperties:
    """Dry air at 1 atm (the fit stated in ``AIR_FIT_TEXT``)."""
    t = _temperature(film_c, "膜温")
    big_t = t + KELVIN
    mu = SUTHERLAND_MU0 * (big_t / SUTHERLAND_T0) ** 1.5 * (SUTHERLAND_T0 + SUTHERLAND_S) / (big_t + SUTHERLAND_S)
    rho = AIR_PRESSURE_PA / (AIR_GAS_CONSTANT * big_t)
    k = AIR_K0 + AIR_K_SLOPE * t
    if k <= 0:
        raise ValidationError(field="膜温", detail=f"{fmt(t)} °C 超出空气物性拟合范围")
    return AirProperties(t, k, mu / rho, mu * AIR_CP / k, 1 / big_t)


def nusselt_forced(reynolds: float, prandtl: float) -> float:
    """Churchill–Bernstein (1977), cylinder in cross-flow, Re·Pr ≥ 0.2."""
    re, pr = float(reynolds), float(prandtl)
    return float(0.3 + (0.62 * math.sqrt(re) * pr ** (1 / 3) / (1 + (0.4 / pr) ** (2 / 3)) ** 0.25
                        * (1 + (re / 282000) ** (5 / 8)) ** (4 / 5)))


def nusselt_natural(rayleigh: float, prandtl: float) -> float:
    """Churchill–Chu (1975), isothermal horizontal cylinder, Ra ≤ 1e12."""
    return float((0.60 + 0.387 * float(rayleigh) ** (1 / 6) / (1 + (0.559 / prandtl) ** (9 / 16)) ** (8 / 27)) ** 2)


def _coefficients(t_surface: float, t_air: float, diameter: float, emissivity: float,
                  wind: float) -> tuple[float, float, float, float, float, float, float, AirProperties]:
    """α_c, α_r, Nu, Nu_N, Nu_F, Ra, Re and the air properties (no validation: callers validate)."""
    dt = t_surface - t_air
    ts, ta = t_surface + KELVIN, t_air + KELVIN
    air = air_properties((t_surface + t_air) / 2)
    ra = GRAVITY * air.beta * abs(dt) * diameter**3 * air.prandtl / air.kinematic_viscosity**2
    nu_n = nusselt_natural(ra, air.prandtl)
    if wind > 0:
        re = wind * diameter / air.kinematic_viscosity
        nu_f = nusselt_forced(re, air.prandtl)
        nu = (nu_f**3 + nu_n**3) ** (1 / 3)
    else:
        re, nu_f, nu = 0.0, 0.0, nu_n
    alpha_c = nu * air.conductivity / diameter
    if dt == 0:
        alpha_r = 4 * emissivity * STEFAN_BOLTZMANN * ta**3  # the limit of the quotient at T_s = T_a
    else:
        alpha_r = emissivity * STEFAN_BOLTZMANN * (ts**4 - ta**4) / dt
    return alpha_c, alpha_r, nu, nu_n, nu_f, ra, re, air


def surface_coefficient(surface_c: float, air_c: float, diameter_m: float, emissivity: float, *,
                        wind_m_s: float = 0.0) -> SurfaceCoefficient:
    """α = α_c + α_r at the surface temperature (W/(m²·K)); ``wind_m_s`` 0 = still air (natural convection)."""
    t_s = _temperature(surface_c, "表面温度")
    t_a = _temperature(air_c, "环境温度")
    d = positive(diameter_m, "外径")
    eps = _emissivity(emissivity)
    w = _wind(wind_m_s)
    alpha_c, alpha_r, nu, nu_n, nu_f, ra, re, air = _coefficients(t_s, t_a, d, eps, w)
    total = alpha_c + alpha_r
    parts = [f"膜温 t_f = ({fmt(t_s, 2)} + {fmt(t_a)})/2 = {fmt(air.film_c, 2)} °C：k = {fmt(air.conductivity, 5)} "
             f"W/(m·K)，ν = {air.kinematic_viscosity:.4e} m²/s，Pr = {fmt(air.prandtl, 4)}（{AIR_FIT_TEXT}）",
             f"自然对流 Churchill–Chu（水平圆柱）：Ra = gβΔT D³ Pr/ν² = {ra:.4e}，Nu_N = {{0.60 + 0.387 Ra^(1/6)/"
             f"[1 + (0.559/Pr)^(9/16)]^(8/27)}}² = {fmt(nu_n, 3)}"]
    if w > 0:
        parts.append(f"强制对流 Churchill–Bernstein（横掠圆柱）：风速 {fmt(w)} m/s，Re = wD/ν = {fmt(re, 1)}，"
                     f"Nu_F = 0.3 + 0.62 Re^½ Pr^⅓/[1 + (0.4/Pr)^⅔]^¼ · [1 + (Re/282000)^⅝]^⅘ = {fmt(nu_f, 3)}；"
                     f"{MIXED_RULE_TEXT} = {fmt(nu, 3)}")
        if re * air.prandtl < 0.2:
            parts.append(f"注意：Re·Pr = {fmt(re * air.prandtl, 3)} < 0.2，超出 Churchill–Bernstein 适用范围")
    else:
        parts.append("风速 0（静止空气）：只计自然对流，Nu = Nu_N")
    if ra > 1e12:
        parts.append(f"注意：Ra = {ra:.3e} > 1e12，超出 Churchill–Chu 适用范围")
    if not FILM_FIT_C[0] <= air.film_c <= FILM_FIT_C[1]:
        parts.append(f"注意：膜温 {fmt(air.film_c, 1)} °C 超出物性拟合的 {fmt(FILM_FIT_C[0])}–{fmt(FILM_FIT_C[1])} °C，"
                     "误差增大")
    parts.append(f"对流 α_c = Nu k / D = {fmt(nu, 3)} × {fmt(air.conductivity, 5)} / {fmt(d)} = {fmt(alpha_c, 3)} "
                 f"W/(m²·K)；辐射 α_r = εσ(T_s⁴ − T_a⁴)/(T_s − T_a) = {fmt(alpha_r, 3)} W/(m²·K)（ε = {fmt(eps)}，"
                 f"周围环境取空气温度）；α = α_c + α_r = {fmt(total, 3)} W/(m²·K)")
    return SurfaceCoefficient(alpha_c, alpha_r, total, "；".join(parts), nu, nu_n, nu_f, ra, re)


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
                        length_m: float = 1.0, wind_m_s: float = 0.0) -> PipeHeatLoss:
    """Bare horizontal pipe: q = α π D (t − t_a), with the surface at the pipe temperature."""
    t = _temperature(pipe_c, "管道表面温度")
    t_a = _temperature(air_c, "环境温度")
    _hot_pipe(t, t_a, "管道表面温度")
    d = positive(diameter_m, "管道外径")
    coeff = surface_coefficient(t, t_a, d, emissivity, wind_m_s=wind_m_s)
    q = coeff.total * math.pi * d * (t - t_a)
    length, h, kwh, tce = _annual(q, length_m, hours)
    trace = (f"裸管：{coeff.trace}；q = α π D (t − t_a) = {fmt(coeff.total, 3)} × π × {fmt(d)} m × "
             f"({fmt(t)} − {fmt(t_a)}) = {fmt(q, 2)} W/m（忽略管壁热阻，表面温度取介质温度 [M]）；"
             f"{_annual_text(q, length, h, kwh, tce)}")
    return PipeHeatLoss(q, t, coeff.total, kwh, tce, trace, coeff.convection, coeff.radiation)


def _layer(inner_diameter_m: float, outer_diameter_m: float, conductivity_w_mk: float,
           conductivity_b: float) -> tuple[float, float, float, float]:
    d_i = positive(inner_diameter_m, "保温层内径")
    d_o = positive(outer_diameter_m, "保温层外径")
    if d_o <= d_i:
        raise ValidationError(field="保温层外径", detail=f"{fmt(d_o)} m 不大于内径 {fmt(d_i)} m")
    lam0 = positive(conductivity_w_mk, "保温材料导热系数")
    b = number(conductivity_b, "导热系数温度系数")
    return d_i, d_o, lam0, b


def _check_lambda(lam0: float, b: float, *temperatures: float) -> None:
    for t in temperatures:
        if lam0 + b * t <= 0:
            raise ValidationError(field="导热系数温度系数",
                                  detail=f"λ0 + b·t = {fmt(lam0)} + {fmt(b)} × {fmt(t)} ≤ 0"
                                         f"（{fmt(t)} °C 时导热系数不为正）")


def _conduction(t_in: float, t_s: float, d_i: float, d_o: float, lam0: float, b: float) -> tuple[float, float]:
    """q = 2π λ_m (t_in − t_s)/ln(D_o/D_i), λ_m = λ0 + b (t_in + t_s)/2 (∫λ(t)dt exactly for linear λ)."""
    lam_m = lam0 + b * (t_in + t_s) / 2
    return 2 * math.pi * lam_m * (t_in - t_s) / math.log(d_o / d_i), lam_m


def insulated_pipe_heat_loss(inner_c: float, air_c: float, inner_diameter_m: float, outer_diameter_m: float,
                             conductivity_w_mk: float, emissivity: float, *, hours: float = 0.0,
                             length_m: float = 1.0, conductivity_b: float = 0.0,
                             wind_m_s: float = 0.0) -> PipeHeatLoss:
    """Insulated horizontal pipe: solve 2πλ_m(t_in − t_s)/ln(D_o/D_i) = α(t_s) π D_o (t_s − t_a) for t_s.

    ``inner_diameter_m`` is the insulation's inner diameter (the pipe's outer diameter), ``inner_c`` the temperature
    there (taken as the medium temperature), ``emissivity`` that of the cladding. λ(t) = ``conductivity_w_mk`` +
    ``conductivity_b`` × t (t in °C; b = 0: constant λ).
    """
    t_in = _temperature(inner_c, "保温层内表面温度")
    t_a = _temperature(air_c, "环境温度")
    _hot_pipe(t_in, t_a, "保温层内表面温度")
    d_i, d_o, lam0, b = _layer(inner_diameter_m, outer_diameter_m, conductivity_w_mk, conductivity_b)
    _check_lambda(lam0, b, t_a, t_in)
    eps = _emissivity(emissivity)
    w = _wind(wind_m_s)

    def imbalance(t_s: float) -> float:
        alpha_c, alpha_r, *_ = _coefficients(t_s, t_a, d_o, eps, w)
        return _conduction(t_in, t_s, d_i, d_o, lam0, b)[0] - (alpha_c + alpha_r) * math.pi * d_o * (t_s - t_a)

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
    coeff = surface_coefficient(t_s, t_a, d_o, eps, wind_m_s=w)
    q, lam_m = _conduction(t_in, t_s, d_i, d_o, lam0, b)
    length, h, kwh, tce = _annual(q, length_m, hours)
    b_note = "（b = 0：常数导热系数，假设值）" if b == 0 else ""
    trace = (f"保温管：导热系数 λ(t) = λ0 + b·t（GB/T 4272、GB/T 8175 的线性形式），λ0 = {fmt(lam0)} W/(m·K)，"
             f"b = {fmt(b)} W/(m·K²){b_note}；沿保温层精确积分 q = 2π∫λdt/ln(D_o/D_i) = 2πλ_m(t_in − t_s)/ln(D_o/D_i)，"
             f"λ_m = λ0 + b(t_in + t_s)/2 = {fmt(lam_m, 5)} W/(m·K)（保温层平均温度 {fmt((t_in + t_s) / 2, 2)} °C），"
             f"D_i = {fmt(d_i)} m，D_o = {fmt(d_o)} m；表面散热 q = α π D_o (t_s − t_a)；"
             f"二分法解得表面温度 t_s = {fmt(t_s, 2)} °C；{coeff.trace}；q = 2π × {fmt(lam_m, 5)} × "
             f"({fmt(t_in)} − {fmt(t_s, 2)}) / ln({fmt(d_o)}/{fmt(d_i)}) = {fmt(q, 2)} W/m"
             f"（忽略管壁与管内换热热阻，t_in 取介质温度 [M]）；{_annual_text(q, length, h, kwh, tce)}")
    return PipeHeatLoss(q, t_s, coeff.total, kwh, tce, trace, coeff.convection, coeff.radiation, lam_m)


def surface_loss_w_per_m(surface_c: float, air_c: float, diameter_m: float, emissivity: float, *,
                         wind_m_s: float = 0.0) -> float:
    """q = α π D (t_s − t_a) at a given surface temperature (for checking a measured or solved t_s)."""
    coeff = surface_coefficient(surface_c, air_c, diameter_m, emissivity, wind_m_s=wind_m_s)
    return coeff.total * math.pi * diameter_m * (number(surface_c, "表面温度") - number(air_c, "环境温度"))


def conduction_loss_w_per_m(inner_c: float, surface_c: float, inner_diameter_m: float, outer_diameter_m: float,
                            conductivity_w_mk: float, *, conductivity_b: float = 0.0) -> float:
    """q = 2πλ_m(t_in − t_s)/ln(D_o/D_i) through the insulation layer, λ_m = λ0 + b (t_in + t_s)/2."""
    d_i, d_o, lam0, b = _layer(inner_diameter_m, outer_diameter_m, conductivity_w_mk, conductivity_b)
    t_in = _temperature(inner_c, "保温层内表面温度")
    t_s = _temperature(surface_c, "表面温度")
    _check_lambda(lam0, b, t_s, t_in)
    return _conduction(t_in, t_s, d_i, d_o, lam0, b)[0]
