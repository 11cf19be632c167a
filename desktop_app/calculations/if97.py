"""Water and steam properties by IAPWS-IF97 (2007 revised release, IAPWS R7-97(2012)), pure Python floats.

Units throughout: p in MPa, T in K (``steam``/``saturated`` take or give °C where named ``t_c``), v m³/kg,
h kJ/kg, s and cp kJ/(kg·K), w m/s.

Public API:

* ``region(p, t)`` → 1, 2, 3 or 5 for a state given in (p, T); ValidationError outside IF97's range.
* ``props(p, t)`` → full ``Props`` (v, h, u, s, cp, w) in whichever region the state lies; region 3 by solving the
  region-3 equation for the density.
* ``region1(p, t)``, ``region2(p, t)``, ``region5(p, t)``, ``region3(rho, t)``: the raw forward equations.
* ``p_sat(t)``, ``t_sat(p)``: region 4 saturation line. ``b23_p(t)``, ``b23_t(p)``: region 2–3 boundary.
* ``steam(p_mpa, t_c)`` → ``SteamState`` (region, v, h, s, cp) for engineers working in °C.
* ``saturated(p_mpa)`` → ``Saturation`` (T_sat °C, h′, h″, s′, s″) from regions 1 and 2 at T_sat.
* ``t_from_ph(p, h)`` → T (K) in region 1 or 2; ``t_from_ps(p, s)`` → T (K) in region 1 or 2, the same way.
* ``saturated`` reaches the critical point: above 623.15 K the saturated liquid and vapour are the two
  region-3 densities at which the region-3 equation gives p_sat(T).

About ``t_from_ph``: it is the *exact inverse of the forward equations* (bisection on h(p, T) to ~1e-9 K), NOT the IF97
backward equations T(p, h) of Section 5 of the release. h(p, t_from_ph(p, h)) reproduces h to rounding, but results
differ from the release's backward-equation verification tables (e.g. its Tables 7 and 24) by ~0.01–0.03 K, because the
backward equations themselves are only that close to the forward ones (see PEERS.md §0 item 7). Tests of this module
therefore check inverses against the forward equation, never against backward-equation table values.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.calculations.if97_regions import (
    PC,
    TC,
    Props,
    b23_p,
    b23_t,
    psat,
    region1,
    region2,
    region3,
    region3_p,
    region5,
    tsat,
)
from desktop_app.calculations.if97_regions import (
    RHOC as RHO_C,
)
from desktop_app.domain.errors import ValidationError

__all__ = [
    "P_MAX",
    "P_MAX_R5",
    "T_MAX",
    "T_MAX_R5",
    "T_MIN",
    "Props",
    "Saturation",
    "SteamState",
    "b23_p",
    "b23_t",
    "p_sat",
    "props",
    "region",
    "region1",
    "region2",
    "region3",
    "region5",
    "saturated",
    "steam",
    "t_from_ph",
    "t_from_ps",
    "t_sat",
]

T_MIN = 273.15  # K, lower limit of IF97
T_MAX = 1073.15  # K, upper limit of regions 1–3 (p ≤ 100 MPa)
T_MAX_R5 = 2273.15  # K, upper limit of region 5 (p ≤ 50 MPa)
P_MAX = 100.0  # MPa
P_MAX_R5 = 50.0  # MPa
T_13 = 623.15  # K, boundary between regions 1 and 3 (and where B23 meets the saturation line)
P_SAT_MIN = 0.000611212677  # MPa, p_sat(273.15 K)
P_SAT_13 = 16.5291642526  # MPa, p_sat(623.15 K)

_FIELD_P = "压力"
_FIELD_T = "温度"
_FIELD_H = "比焓"
_FIELD_S = "比熵"
_FIELD_RHO = "密度"
_ZERO_C = 273.15


def _finite(value: float, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field=field, detail=f"“{value}”不是数字")
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(field=field, detail="不是有限的数字")
    return result


def _pressure(p: float) -> float:
    result = _finite(p, _FIELD_P)
    if result <= 0:
        raise ValidationError(field=_FIELD_P, detail=f"{result:g} MPa 必须大于 0")
    return result


# --- Region 4 and B23 with range checks -----------------------------------------------------------------------------


def p_sat(t: float) -> float:
    """Saturation pressure (MPa) at ``t`` K, IF97 Eq. (30); 273.15 K ≤ T ≤ 647.096 K."""
    t = _finite(t, _FIELD_T)
    if not T_MIN <= t <= TC:
        raise ValidationError(field=_FIELD_T, detail=f"{t:g} K 超出饱和线范围（273.15–647.096 K）")
    return psat(t)


def t_sat(p: float) -> float:
    """Saturation temperature (K) at ``p`` MPa, IF97 Eq. (31); 611.213 Pa ≤ p ≤ 22.064 MPa."""
    p = _pressure(p)
    if not P_SAT_MIN <= p <= PC:
        raise ValidationError(field=_FIELD_P, detail=f"{p:g} MPa 超出饱和线范围（0.000611213–22.064 MPa）")
    return tsat(p)


# --- Region selection and (p, T) properties -------------------------------------------------------------------------


def region(p: float, t: float) -> int:
    """The IF97 region (1, 2, 3 or 5) of the state (``p`` MPa, ``t`` K).

    A state exactly on the saturation line (T ≤ 623.15 K) counts as liquid (region 1). Outside 273.15–1073.15 K for
    p ≤ 100 MPa and 1073.15–2273.15 K for p ≤ 50 MPa, or for non-positive / non-finite inputs: ValidationError.
    """
    p = _pressure(p)
    t = _finite(t, _FIELD_T)
    if t < T_MIN:
        raise ValidationError(field=_FIELD_T, detail=f"{t:g} K 低于 IAPWS-IF97 下限 273.15 K")
    if t > T_MAX_R5:
        raise ValidationError(field=_FIELD_T, detail=f"{t:g} K 高于 IAPWS-IF97 上限 2273.15 K")
    if t > T_MAX:
        if p > P_MAX_R5:
            raise ValidationError(
                field=_FIELD_P, detail=f"{p:g} MPa 超出范围（温度高于 1073.15 K 时压力不得超过 50 MPa）"
            )
        return 5
    if p > P_MAX:
        raise ValidationError(field=_FIELD_P, detail=f"{p:g} MPa 超出 IAPWS-IF97 上限 100 MPa")
    if t <= T_13:
        return 1 if p >= psat(t) else 2
    return 3 if p > b23_p(t) else 2


def _region3_density(p: float, t: float) -> float:
    """Density (kg/m³) where the region-3 equation gives ``p`` at ``t``: scan then bisect.

    Below Tc the region-3 isotherm has a van der Waals loop under the saturation dome; a liquid-like state
    (p ≥ p_sat) is found by scanning down from high density, a vapour-like one by scanning up from low density, so the
    first crossing met is the stable root.
    """
    liquid = t >= TC or p >= psat(t)
    step = 2.0
    if liquid:
        hi = 800.0  # above ρ(100 MPa, 623.15 K) ≈ 762 kg/m³; the equation is unphysical beyond ~850
        lo = hi - step
        while region3_p(lo, t) > p:
            hi, lo = lo, lo - step
            if lo <= 0:  # pragma: no cover - region() guarantees a root exists
                raise ValidationError(field=_FIELD_P, detail=f"{p:g} MPa 在第 3 区无解")
    else:
        lo = 1.0
        hi = lo + step
        while region3_p(hi, t) < p:
            lo, hi = hi, hi + step
            if hi > 800.0:  # pragma: no cover - region() guarantees a root exists
                raise ValidationError(field=_FIELD_P, detail=f"{p:g} MPa 在第 3 区无解")
    return _bisect_density(lo, hi, t, p)


def _bisect_density(lo: float, hi: float, t: float, p: float) -> float:
    """The density in [lo, hi] (kg/m³, bracketing the root) where region 3 gives pressure ``p`` at ``t``."""
    f_lo = region3_p(lo, t) - p
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        f_mid = region3_p(mid, t) - p
        if (f_mid < 0) == (f_lo < 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
        if hi - lo <= 1e-13 * hi:
            break
    return 0.5 * (lo + hi)


def props(p: float, t: float) -> tuple[int, Props]:
    """(region, properties) at ``p`` MPa, ``t`` K by the IF97 forward equations (region 3: solved for density)."""
    reg = region(p, t)
    p = float(p)
    t = float(t)
    if reg == 1:
        return reg, region1(p, t)
    if reg == 2:
        return reg, region2(p, t)
    if reg == 5:
        return reg, region5(p, t)
    return reg, region3(_region3_density(p, t), t)


# --- Engineer-facing conveniences -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SteamState:
    """Water/steam at (p, t): region number, v m³/kg, h kJ/kg, s kJ/(kg·K), cp kJ/(kg·K)."""

    p_mpa: float
    t_c: float
    region: int
    v: float
    h: float
    s: float
    cp: float


def steam(p_mpa: float, t_c: float) -> SteamState:
    """Properties of water or steam at ``p_mpa`` MPa (absolute) and ``t_c`` °C."""
    t_k = _finite(t_c, _FIELD_T) + _ZERO_C
    reg, pr = props(p_mpa, t_k)
    return SteamState(p_mpa=float(p_mpa), t_c=float(t_c), region=reg, v=pr.v, h=pr.h, s=pr.s, cp=pr.cp)


@dataclass(frozen=True, slots=True)
class Saturation:
    """Saturation state at ``p_mpa``: T_sat in °C; ′ = saturated liquid (region 1), ″ = saturated vapour (region 2)."""

    p_mpa: float
    t_sat_c: float
    h_liquid: float
    h_vapour: float
    s_liquid: float
    s_vapour: float
    v_liquid: float
    v_vapour: float

    @property
    def latent_heat(self) -> float:
        """Enthalpy of vaporisation h″ − h′, kJ/kg."""
        return self.h_vapour - self.h_liquid


def _region3_saturated_density(t: float, liquid: bool) -> float:
    """Density (kg/m³) of saturated liquid (``liquid``) or vapour at ``t`` K (623.15 K ≤ T ≤ Tc) in region 3.

    Scan the region-3 isotherm from the dense side (liquid) or the dilute side (vapour) for the first crossing of
    p_sat(T), then bisect: the first crossing met from each side is the stable phase, the ones inside the van der
    Waals loop are not. Within ~0.5 kg/m³ of the critical density the loop is narrower than the scan step, and the
    root found there is within that distance of the true one.
    """
    p = psat(t)
    step = 0.5
    if liquid:
        hi, lo = 800.0, 800.0 - step
        while region3_p(lo, t) > p and lo > RHO_C:
            hi, lo = lo, lo - step
    else:
        lo, hi = 50.0, 50.0 + step  # ρ″(623.15 K) ≈ 114 kg/m³
        while region3_p(hi, t) < p and hi < RHO_C:
            lo, hi = hi, hi + step
    return _bisect_density(lo, hi, t, p)


def saturated(p_mpa: float) -> Saturation:
    """Saturated liquid and vapour at ``p_mpa`` MPa, 611.213 Pa ≤ p ≤ 22.064 MPa (T_sat 273.15–647.096 K).

    Up to 16.529 MPa (T_sat ≤ 623.15 K) from regions 1 and 2 at T_sat(p); above, from the region-3 equation at the
    saturated liquid and vapour densities (``_region3_saturated_density``); at the critical point both are the
    same state. Outside the range: ValidationError.
    """
    p = _pressure(p_mpa)
    if not P_SAT_MIN <= p <= PC:
        raise ValidationError(
            field=_FIELD_P, detail=f"{p:g} MPa 超出饱和线范围（0.000611213–22.064 MPa，即饱和温度 0–373.946 ℃）"
        )
    t = tsat(p) if p < PC else TC
    if p <= P_SAT_13:
        liq, vap = region1(p, t), region2(p, t)
    elif p == PC:  # the critical point: one state
        liq = vap = region3(RHO_C, TC)
    else:
        liq = region3(_region3_saturated_density(t, liquid=True), t)
        vap = region3(_region3_saturated_density(t, liquid=False), t)
    return Saturation(
        p_mpa=p,
        t_sat_c=t - _ZERO_C,
        h_liquid=liq.h,
        h_vapour=vap.h,
        s_liquid=liq.s,
        s_vapour=vap.s,
        v_liquid=liq.v,
        v_vapour=vap.v,
    )


def _bisect_t(h_of_t: Callable[[float], float], h: float, lo: float, hi: float) -> float:  # also s(T)
    """T in [lo, hi] with h_of_t(T) = h, h increasing in T (cp > 0). Bisection to |hi − lo| ≤ 1e-10 K."""
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if h_of_t(mid) < h:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-10:
            break
    return 0.5 * (lo + hi)


def t_from_ph(p: float, h: float) -> float:
    """Temperature (K) of water (region 1) or steam (region 2) with enthalpy ``h`` kJ/kg at ``p`` MPa.

    Exact inverse of the IF97 forward equations by bracketed bisection (|ΔT| ≤ 1e-10 K), not the IF97 backward
    equations: it differs from the release's T(p, h) verification values by ~0.01–0.03 K (PEERS.md §0 item 7).
    Wet steam (h′ < h < h″), region 3 and enthalpies outside 273.15–1073.15 K are ValidationErrors.
    """
    p = _pressure(p)
    h = _finite(h, _FIELD_H)
    if p > P_MAX:
        raise ValidationError(field=_FIELD_P, detail=f"{p:g} MPa 超出 IAPWS-IF97 上限 100 MPa")

    def h1(t: float) -> float:
        return region1(p, t).h

    def h2(t: float) -> float:
        return region2(p, t).h

    if p < P_SAT_MIN:  # below the triple-point pressure only vapour exists above 273.15 K
        liquid_top = None
        vapour_bottom = T_MIN
    elif p <= P_SAT_13:
        liquid_top = vapour_bottom = tsat(p)
    else:
        liquid_top, vapour_bottom = T_13, b23_t(p)

    if liquid_top is not None and h <= h1(liquid_top):
        if h < h1(T_MIN):
            raise ValidationError(field=_FIELD_H, detail=f"{h:g} kJ/kg 低于 {p:g} MPa、273.15 K 时的比焓，超出范围")
        return _bisect_t(h1, h, T_MIN, liquid_top)
    if liquid_top is None and h < h2(vapour_bottom):
        raise ValidationError(field=_FIELD_H, detail=f"{h:g} kJ/kg 低于 {p:g} MPa、273.15 K 时的比焓，超出范围")
    if h >= h2(vapour_bottom):
        if h > h2(T_MAX):
            raise ValidationError(field=_FIELD_H, detail=f"{h:g} kJ/kg 高于 {p:g} MPa、1073.15 K 时的比焓，超出范围")
        return _bisect_t(h2, h, vapour_bottom, T_MAX)
    if p <= P_SAT_13:
        raise ValidationError(
            field=_FIELD_H,
            detail=f"{h:g} kJ/kg 在 {p:g} MPa 下处于湿蒸汽区（h′ < h < h″），温度即饱和温度，请用饱和计算",
        )
    raise ValidationError(field=_FIELD_H, detail=f"{h:g} kJ/kg 在 {p:g} MPa 下位于第 3 区，本函数仅支持第 1、2 区")


def t_from_ps(p: float, s: float) -> float:
    """Temperature (K) of water (region 1) or steam (region 2) with entropy ``s`` kJ/(kg·K) at ``p`` MPa.

    Exact inverse of the IF97 forward equations by bracketed bisection (s increases with T at constant p), like
    ``t_from_ph``; the release's backward equations T(p, s) agree with the forward equations to 25 mK (region 1) and
    10 mK (region 2), so their verification tables (Tables 9 and 29) are met to that tolerance. Wet steam
    (s′ < s < s″), region 3 and entropies outside 273.15–1073.15 K are ValidationErrors.
    """
    p = _pressure(p)
    s = _finite(s, _FIELD_S)
    if p > P_MAX:
        raise ValidationError(field=_FIELD_P, detail=f"{p:g} MPa 超出 IAPWS-IF97 上限 100 MPa")

    def s1(t: float) -> float:
        return region1(p, t).s

    def s2(t: float) -> float:
        return region2(p, t).s

    if p < P_SAT_MIN:
        liquid_top = None
        vapour_bottom = T_MIN
    elif p <= P_SAT_13:
        liquid_top = vapour_bottom = tsat(p)
    else:
        liquid_top, vapour_bottom = T_13, b23_t(p)
    low = f"{s:g} kJ/(kg·K) 低于 {p:g} MPa、273.15 K 时的比熵，超出范围"
    if liquid_top is not None and s <= s1(liquid_top):
        if s < s1(T_MIN):
            raise ValidationError(field=_FIELD_S, detail=low)
        return _bisect_t(s1, s, T_MIN, liquid_top)
    if liquid_top is None and s < s2(vapour_bottom):
        raise ValidationError(field=_FIELD_S, detail=low)
    if s >= s2(vapour_bottom):
        if s > s2(T_MAX):
            raise ValidationError(field=_FIELD_S,
                                  detail=f"{s:g} kJ/(kg·K) 高于 {p:g} MPa、1073.15 K 时的比熵，超出范围")
        return _bisect_t(s2, s, vapour_bottom, T_MAX)
    if p <= P_SAT_13:
        raise ValidationError(
            field=_FIELD_S,
            detail=f"{s:g} kJ/(kg·K) 在 {p:g} MPa 下处于湿蒸汽区（s′ < s < s″），温度即饱和温度，请用饱和计算",
        )
    raise ValidationError(field=_FIELD_S,
                          detail=f"{s:g} kJ/(kg·K) 在 {p:g} MPa 下位于第 3 区，本函数仅支持第 1、2 区")
