"""Boiler efficiency, pipe heat loss and the eliminated-equipment check (REFERENCE.md §2.11, §1.2 item 22, §4 item 6).

Boiler and pipe numbers are constructed cases checked by hand; m = 0.5 and n = 3.5 below are test inputs only,
not coefficients the app ships.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest

from desktop_app.calculations import boiler, pipe_heat_loss
from desktop_app.calculations.elimination import check_eliminated
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import elimination as ref
from desktop_app.reference.catalogues import ReferenceDataError

# --- boiler: direct method ----------------------------------------------------------------------------------


def test_steam_boiler_direct_without_blowdown() -> None:
    # Q1 = 4000 × (2780 − 440) = 9 360 000 kJ/h; B Q = 500 × 23 000 = 11 500 000 kJ/h; η = 81.3913 %
    r = boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 500, 23000)
    assert r.useful_kj_h == pytest.approx(9_360_000)
    assert r.input_kj_h == pytest.approx(11_500_000)
    assert r.efficiency_pct == pytest.approx(81.391304, abs=1e-5)
    assert "η1" in r.trace and "81.39 %" in r.trace


def test_steam_boiler_direct_with_blowdown() -> None:
    # + 200 × (830 − 440) = 78 000 → Q1 = 9 438 000 kJ/h; η = 9 438 000 / 11 500 000 = 82.0696 %
    r = boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 500, 23000, blowdown_kg_h=200, h_blowdown_kj_kg=830)
    assert r.useful_kj_h == pytest.approx(9_438_000)
    assert r.efficiency_pct == pytest.approx(82.069565, abs=1e-5)
    assert "D_bd" in r.trace


def test_hot_water_boiler_direct() -> None:
    # Q1 = 50 000 × (398 − 293) = 5 250 000 kJ/h; B Q = 160 m³/h × 35 000 kJ/m³ = 5 600 000; η = 93.75 %
    r = boiler.hot_water_boiler_efficiency_direct(50000, 398, 293, 160, 35000)
    assert r.efficiency_pct == pytest.approx(93.75)


@pytest.mark.parametrize("call", [
    lambda: boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 300, 23000),  # η = 135.7 % > 100
    lambda: boiler.steam_boiler_efficiency_direct(4000, 400, 440, 500, 23000),  # h_s ≤ h_fw
    lambda: boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 500, 23000, blowdown_kg_h=100),  # no h_bd
    lambda: boiler.steam_boiler_efficiency_direct(-1, 2780, 440, 500, 23000),
    lambda: boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 0, 23000),
    lambda: boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 500, -23000),
    lambda: boiler.steam_boiler_efficiency_direct(4000, 2780, 440, 500, 23000, blowdown_kg_h=-5),
    lambda: boiler.hot_water_boiler_efficiency_direct(50000, 293, 398, 160, 35000),  # out ≤ in
])
def test_direct_bad_inputs(call: Any) -> None:
    with pytest.raises(ValidationError):
        call()


# --- boiler: indirect method --------------------------------------------------------------------------------


def test_excess_air_from_o2() -> None:
    assert boiler.excess_air_from_o2(7).value == pytest.approx(1.5)  # 21 / 14
    assert boiler.excess_air_from_o2(0).value == pytest.approx(1.0)


def test_q2_and_indirect_efficiency() -> None:
    # α = 1.5; q2 = (0.5 + 3.5 × 1.5) × (160 − 20)/100 × (1 − 2/100) = 5.75 × 1.4 × 0.98 = 7.889 %
    q2 = boiler.flue_gas_loss_q2(160, 20, 7, m=0.5, n=3.5, q4_pct=2)
    assert q2.value == pytest.approx(7.889)
    assert "[M" in q2.trace and "m = 0.5" in q2.trace
    # η2 = 100 − (7.889 + 0.5 + 2 + 1.5 + 0.6) = 87.511 %
    r = boiler.boiler_efficiency_indirect(q2.value, 0.5, 2, 1.5, 0.6)
    assert r.total_loss_pct == pytest.approx(12.489)
    assert r.efficiency_pct == pytest.approx(87.511)
    combined = boiler.boiler_efficiency_indirect_from_flue_gas(160, 20, 7, m=0.5, n=3.5, q3_pct=0.5, q4_pct=2,
                                                                q5_pct=1.5, q6_pct=0.6)
    assert combined.efficiency_pct == pytest.approx(87.511)
    assert "α" in combined.trace and "η2" in combined.trace


def test_q2_requires_coefficients() -> None:
    with pytest.raises(TypeError):
        boiler.flue_gas_loss_q2(160, 20, 7)  # type: ignore[call-arg]


@pytest.mark.parametrize("call", [
    lambda: boiler.excess_air_from_o2(21),
    lambda: boiler.excess_air_from_o2(25),
    lambda: boiler.excess_air_from_o2(-1),
    lambda: boiler.flue_gas_loss_q2(15, 20, 7, m=0.5, n=3.5),  # t_fg < t_air
    lambda: boiler.flue_gas_loss_q2(160, 20, 7, m=-0.5, n=3.5),
    lambda: boiler.flue_gas_loss_q2(160, 20, 7, m=0.5, n=0),
    lambda: boiler.boiler_efficiency_indirect(60, 10, 20, 5, 5),  # Σq = 100 → η = 0
    lambda: boiler.boiler_efficiency_indirect(8, -0.5, 2, 1.5, 0.6),
])
def test_indirect_bad_inputs(call: Any) -> None:
    with pytest.raises(ValidationError):
        call()


# --- pipe heat loss -----------------------------------------------------------------------------------------
#
# Published vectors: Churchill–Bernstein Nu(Re 6071, Pr 0.7) = 40.6371 and Nu(120, 0.71) = 5.65356, Churchill–Chu
# Nu(Pr 0.69, Gr 2.63e9) = 139.13493970073597 (the examples and tests of Caleb Bell's `ht` library,
# ht.conv_external / ht.conv_free_immersed); Çengel & Ghajar, Heat and Mass Transfer, the hot-water pipe of the
# natural-convection chapter: D 0.08 m, 70 °C in 20 °C air, t_f 45 °C, k 0.02699 W/(m·K), ν 1.750e-5 m²/s,
# Pr 0.7241, Ra 1.867e6, Nu 17.40, h 5.867 W/(m²·K). Everything else is computed here from first principles.

SIGMA = 5.670374419e-8
G = 9.80665


def _air(t_f: float) -> tuple[float, float, float]:
    """Dry air at 1 atm, written out independently: Sutherland μ, ideal-gas ρ, linear k, c_p 1007 → k, ν, Pr."""
    big_t = t_f + 273.15
    mu = 1.716e-5 * (big_t / 273.15) ** 1.5 * (273.15 + 110.4) / (big_t + 110.4)
    rho = 101325 / (287.05 * big_t)
    k = 0.02364 + 7.31e-5 * t_f
    return k, mu / rho, mu * 1007 / k


def _natural_nu(t_s: float, t_a: float, d: float) -> float:
    _, nu, pr = _air((t_s + t_a) / 2)
    ra = G / ((t_s + t_a) / 2 + 273.15) * (t_s - t_a) * d**3 * pr / nu**2
    return (0.60 + 0.387 * ra ** (1 / 6) / (1 + (0.559 / pr) ** (9 / 16)) ** (8 / 27)) ** 2


def _forced_nu(w: float, t_s: float, t_a: float, d: float) -> float:
    _, nu, pr = _air((t_s + t_a) / 2)
    re = w * d / nu
    return 0.3 + 0.62 * math.sqrt(re) * pr ** (1 / 3) / (1 + (0.4 / pr) ** (2 / 3)) ** 0.25 * (
        1 + (re / 282000) ** (5 / 8)) ** (4 / 5)


def _alpha(t_s: float, t_a: float, d: float, eps: float, w: float = 0.0) -> float:
    k = _air((t_s + t_a) / 2)[0]
    nu_n = _natural_nu(t_s, t_a, d)
    nusselt = (_forced_nu(w, t_s, t_a, d) ** 3 + nu_n**3) ** (1 / 3) if w > 0 else nu_n
    ts, ta = t_s + 273.15, t_a + 273.15
    return nusselt * k / d + eps * SIGMA * (ts**4 - ta**4) / (t_s - t_a)


def test_correlations_reproduce_published_vectors() -> None:
    assert pipe_heat_loss.nusselt_forced(6071, 0.7) == pytest.approx(40.6371, abs=5e-5)
    assert pipe_heat_loss.nusselt_forced(120, 0.71) == pytest.approx(5.65356, abs=5e-6)
    assert pipe_heat_loss.nusselt_natural(0.69 * 2.63e9, 0.69) == pytest.approx(139.13493970073597, rel=1e-12)


def test_air_properties_against_the_textbook_table() -> None:
    air = pipe_heat_loss.air_properties(45)
    k, nu, pr = _air(45)
    assert (air.conductivity, air.kinematic_viscosity, air.prandtl) == pytest.approx((k, nu, pr), rel=1e-12)
    assert air.beta == pytest.approx(1 / 318.15)
    # the fit is within 1 % of Çengel & Ghajar's table at 45 °C
    assert air.conductivity == pytest.approx(0.02699, rel=0.01)
    assert air.kinematic_viscosity == pytest.approx(1.750e-5, rel=0.01)
    assert air.prandtl == pytest.approx(0.7241, rel=0.01)


def test_cengel_hot_water_pipe_natural_convection() -> None:
    c = pipe_heat_loss.surface_coefficient(70, 20, 0.08, 0.5)
    assert c.rayleigh == pytest.approx(1.867e6, rel=0.01)
    assert c.nusselt == pytest.approx(17.40, rel=0.005)
    assert c.convection == pytest.approx(5.867, rel=0.005)
    assert c.nusselt_forced == 0 and c.reynolds == 0
    # the textbook's Nu from its own Ra and Pr, through our correlation: 17.40
    assert pipe_heat_loss.nusselt_natural(1.867e6, 0.7241) == pytest.approx(17.40, abs=0.01)


def test_bare_pipe_still_air_by_hand() -> None:
    # 150 °C, D 0.108 m in 20 °C still air, ε 0.9: t_f = 85 °C, natural convection only
    k, nu, pr = _air(85)
    assert (k, nu, pr) == pytest.approx((0.0298535, 2.13986e-5, 0.711399), rel=1e-5)
    # Çengel & Ghajar's table, 85 °C midway between 80 and 90 °C: k 0.02989, ν 2.139e-5, Pr 0.7143
    assert (k, nu, pr) == pytest.approx((0.02989, 2.139e-5, 0.7143), rel=0.005)
    ra = G / 358.15 * 130 * 0.108**3 * pr / nu**2
    nu_n = (0.60 + 0.387 * ra ** (1 / 6) / (1 + (0.559 / pr) ** (9 / 16)) ** (8 / 27)) ** 2
    alpha_c = nu_n * k / 0.108
    alpha_r = 0.9 * SIGMA * (423.15**4 - 293.15**4) / 130
    expected = (alpha_c + alpha_r) * math.pi * 0.108 * 130
    bare = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9)
    assert bare.convection == pytest.approx(alpha_c, rel=1e-12)
    assert bare.radiation == pytest.approx(alpha_r, rel=1e-12)
    assert bare.loss_w_per_m == pytest.approx(expected, rel=1e-12)
    assert bare.loss_w_per_m == pytest.approx(737.06, abs=0.01)
    assert bare.annual_kwh == 0
    assert "风速 0" in bare.trace and "Churchill–Chu" in bare.trace and "Sutherland" in bare.trace
    # still air is the natural-convection-only result, explicitly
    assert bare.loss_w_per_m == pytest.approx(
        pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, wind_m_s=0).loss_w_per_m, rel=0)


def test_bare_pipe_in_wind_by_hand() -> None:
    # the same pipe in a 5 m/s cross wind: Re = 5 × 0.108 / ν(85 °C), Churchill–Bernstein, (Nu_F³ + Nu_N³)^⅓
    k, nu, pr = _air(85)
    re = 5 * 0.108 / nu
    nu_f = 0.3 + 0.62 * re**0.5 * pr ** (1 / 3) / (1 + (0.4 / pr) ** (2 / 3)) ** 0.25 * (
        1 + (re / 282000) ** (5 / 8)) ** (4 / 5)
    nu_n = _natural_nu(150, 20, 0.108)
    nusselt = (nu_f**3 + nu_n**3) ** (1 / 3)
    alpha_r = 0.9 * SIGMA * (423.15**4 - 293.15**4) / 130
    expected = (nusselt * k / 0.108 + alpha_r) * math.pi * 0.108 * 130
    windy = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, wind_m_s=5, hours=8000, length_m=100)
    coeff = pipe_heat_loss.surface_coefficient(150, 20, 0.108, 0.9, wind_m_s=5)
    assert coeff.reynolds == pytest.approx(re, rel=1e-12)
    assert coeff.nusselt_forced == pytest.approx(nu_f, rel=1e-12)
    assert coeff.nusselt == pytest.approx(nusselt, rel=1e-12)
    assert windy.loss_w_per_m == pytest.approx(expected, rel=1e-12)
    assert windy.loss_w_per_m == pytest.approx(1543.58, abs=0.01)
    assert windy.annual_kwh == pytest.approx(expected * 800, rel=1e-12)
    assert "Churchill–Bernstein" in windy.trace and "(Nu_F³ + Nu_N³)^(1/3)" in windy.trace


def test_wind_raises_a_bare_loss_and_barely_an_insulated_one() -> None:
    still = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9)
    windy = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, wind_m_s=5)
    assert windy.loss_w_per_m > 1.5 * still.loss_w_per_m
    # 100 mm of insulation (D_o 0.308 m): the layer's resistance dominates
    ins_still = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.308, 0.05, 0.3)
    ins_windy = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.308, 0.05, 0.3, wind_m_s=5)
    assert ins_still.loss_w_per_m < ins_windy.loss_w_per_m < 1.06 * ins_still.loss_w_per_m
    assert ins_windy.surface_c < ins_still.surface_c  # the wind cools the cladding


@pytest.mark.parametrize(("wind", "b"), [(0, 0), (0, 0.0002), (3, 0), (3, 0.0002), (20, 0.0001)])
def test_insulated_energy_balance(wind: float, b: float) -> None:
    ins = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, hours=8000, length_m=100,
                                                  conductivity_b=b, wind_m_s=wind)
    assert 20 < ins.surface_c < 150
    conduction = pipe_heat_loss.conduction_loss_w_per_m(150, ins.surface_c, 0.108, 0.208, 0.05, conductivity_b=b)
    surface = pipe_heat_loss.surface_loss_w_per_m(ins.surface_c, 20, 0.208, 0.3, wind_m_s=wind)
    assert abs(conduction - surface) <= 1e-6 * surface
    assert abs(ins.loss_w_per_m - surface) <= 1e-6 * surface
    # the surface side by hand, independently of the module
    assert surface == pytest.approx(_alpha(ins.surface_c, 20, 0.208, 0.3, wind) * math.pi * 0.208 *
                                    (ins.surface_c - 20), rel=1e-12)
    # conduction by hand: ∫λ0 + b t dt from t_s to 150 = λ0 ΔT + b (150² − t_s²)/2
    integral = 0.05 * (150 - ins.surface_c) + b * (150**2 - ins.surface_c**2) / 2
    assert conduction == pytest.approx(2 * math.pi * integral / math.log(0.208 / 0.108), rel=1e-12)
    assert ins.conductivity_mean == pytest.approx(0.05 + b * (150 + ins.surface_c) / 2, rel=1e-12)
    assert ins.annual_kwh == pytest.approx(ins.loss_w_per_m * 800)
    assert ins.annual_tce == pytest.approx(ins.annual_kwh * 3.6 * 0.03412 / 1000)
    assert "[M" in ins.trace and "二分法" in ins.trace and "λ_m" in ins.trace


def test_b_zero_is_the_constant_conductivity_result() -> None:
    default = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3)
    zero = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, conductivity_b=0)
    assert zero.loss_w_per_m == default.loss_w_per_m and zero.surface_c == default.surface_c
    assert zero.conductivity_mean == 0.05
    assert "b = 0：常数导热系数，假设值" in zero.trace
    # a linear λ gives the same answer as a constant λ equal to its value at the layer's mean temperature
    linear = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.04, 0.3, conductivity_b=0.0002)
    constant = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, linear.conductivity_mean, 0.3)
    assert constant.loss_w_per_m == pytest.approx(linear.loss_w_per_m, rel=1e-9)
    assert constant.surface_c == pytest.approx(linear.surface_c, rel=1e-9)
    assert linear.loss_w_per_m > pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.04,
                                                                         0.3).loss_w_per_m


def test_insulated_still_air_example() -> None:
    ins = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, hours=8000, length_m=100)
    assert ins.surface_c == pytest.approx(35.0107, abs=1e-4)
    assert ins.loss_w_per_m == pytest.approx(55.1184, abs=1e-4)
    bare = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9)
    assert ins.loss_w_per_m < bare.loss_w_per_m / 5


@pytest.mark.parametrize("call", [
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0, 0.3),  # λ = 0
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, -0.05, 0.3),
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.208, 0.208, 0.05, 0.3),  # D_o = D_i
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.3, 0.208, 0.05, 0.3),  # D_o < D_i
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0),  # ε = 0
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, conductivity_b=-0.001),
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, wind_m_s=-1),
    lambda: pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, wind_m_s=100),
    lambda: pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 1.2),  # ε > 1
    lambda: pipe_heat_loss.bare_pipe_heat_loss(15, 20, 0.108, 0.9),  # not a hot pipe
    lambda: pipe_heat_loss.bare_pipe_heat_loss(150, 20, -0.1, 0.9),
    lambda: pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, hours=9000),
])
def test_pipe_bad_inputs(call: Any) -> None:
    with pytest.raises(ValidationError):
        call()


# --- elimination ------------------------------------------------------------------------------------------


def test_exact_series_match_is_eliminated() -> None:
    r = check_eliminated("motor", "J02-41-4")
    assert r.outcome == "eliminated"
    assert r.entry is not None and r.entry.item == "1-1" and r.missing_conditions == []
    assert "淘汰" in r.trace
    assert check_eliminated("motor", "ｊo2-41-4 ").outcome == "eliminated"  # full-width, lower case
    assert check_eliminated("motor", "JZR2-31-6").outcome == "eliminated"


def test_frame_missing_is_suspected() -> None:
    r = check_eliminated("motor", "YB160M-4", voltage_v=380)
    assert r.outcome == "suspected"
    assert r.entry is not None and r.entry.id == "ind2024-yb"
    assert len(r.missing_conditions) == 1 and "机座号" in r.missing_conditions[0]
    assert "疑似" in r.trace and "机座号" in r.trace
    both = check_eliminated("motor", "YB160M-4")
    assert len(both.missing_conditions) == 2


def test_yb_with_all_conditions_is_eliminated() -> None:
    assert check_eliminated("motor", "YB160M-4", frame_mm=160, voltage_v=380).outcome == "eliminated"


def test_contradicted_condition_is_not_found() -> None:
    r = check_eliminated("motor", "YB400S-4", frame_mm=400, voltage_v=380)
    assert r.outcome == "not_found_in_covered_entries"
    assert r.entry is None
    assert "不符" in r.trace and "400" in r.trace


def test_no_match_is_not_found_never_not_eliminated() -> None:
    r = check_eliminated("motor", "YE3-160M-4")
    assert r.outcome == "not_found_in_covered_entries"
    assert "未找到" in r.trace and "不能据此认定未淘汰" in r.trace and "所核对条目" in r.trace
    assert "not eliminated" not in r.trace
    # successor series are not swept in by a loose prefix
    for model in ("YB2-160M-4", "YB3-160M-4", "YBK2-160M-4", "YZR-160M-6", "JO2L-41-4"):
        assert check_eliminated("motor", model).outcome == "not_found_in_covered_entries", model


def test_boilers() -> None:
    assert check_eliminated("boiler", "DZL6-1.25-AII", fuel="coal", capacity_t_h=6,
                            grate="chain").outcome == "eliminated"
    r = check_eliminated("boiler", "SZL20-1.6-AII", fuel="coal", capacity_t_h=20, grate="chain")
    assert r.outcome == "not_found_in_covered_entries"
    fixed = check_eliminated("boiler", "", fuel="coal", capacity_t_h=20, grate="fixed")
    assert fixed.outcome == "eliminated" and fixed.entry is not None
    assert fixed.entry.id == "ind2024-fixed-grate-coal-boiler"
    no_fuel = check_eliminated("boiler", "DZL6-1.25-AII", capacity_t_h=6)
    assert no_fuel.outcome == "suspected" and any("燃料" in c for c in no_fuel.missing_conditions)
    assert check_eliminated("boiler", "x", fuel="biomass", capacity_t_h=2).outcome == "eliminated"
    assert check_eliminated("boiler", "x", fuel="gas", capacity_t_h=2).outcome == "not_found_in_covered_entries"


def test_lists_and_other_types() -> None:
    assert check_eliminated("compressor", "L-10/8").outcome == "eliminated"
    assert check_eliminated("compressor", "L-10/80").outcome == "not_found_in_covered_entries"
    assert check_eliminated("fan", "9-27-11No.8D").outcome == "eliminated"
    assert check_eliminated("fan", "9-26-No.8D").outcome == "not_found_in_covered_entries"
    assert check_eliminated("pump", "4BA-12").outcome == "eliminated"
    r = check_eliminated("transformer", "S9-1000/10")
    assert r.outcome == "not_found_in_covered_entries" and "没有" in r.trace


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"frame": 160}, "frame"),
    ({"frame_mm": -160}, "机座号（中心高）"),
    ({"frame_mm": "160"}, "机座号（中心高）"),
    ({"fuel": "peat"}, "燃料"),
])
def test_bad_attributes(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_eliminated("motor", "YB160M-4", **kwargs)
    assert info.value.params["field"] == field


def test_data_file_provenance_and_coverage() -> None:
    data = ref.catalogue_set()
    assert data.source.label == "V-2" and "待人工审核" in data.source.note
    assert "仅收录" in data.coverage
    assert len(data.entries) == 14


def _raw() -> dict[str, Any]:
    text = (ref.equipment_dir() / ref.FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize(("mutate", "key"), [
    (lambda d: d["entries"][0]["model"].update(pattern="^J02-"), "entries[0].model.pattern"),
    (lambda d: d["entries"][0]["model"].update(pattern="^JO2-.*$"), "entries[0].model.pattern"),
    (lambda d: d["entries"][2]["conditions"][0].update(attribute="height"), "entries[2].conditions[0].attribute"),
    (lambda d: d["entries"][2]["conditions"][0].update(max=355), "entries[2].conditions[0].max"),
    (lambda d: d["entries"][11].update(conditions=[]), "entries[11].conditions"),
    (lambda d: d["entries"][1].update(catalogue="batch9"), "entries[1].catalogue"),
    (lambda d: d.pop("coverage"), "coverage"),
    (lambda d: d["provenance"].update(label="X"), "provenance.label"),
])
def test_loader_is_strict(mutate: Any, key: str) -> None:
    data = copy.deepcopy(_raw())
    mutate(data)
    with pytest.raises(ReferenceDataError) as info:
        ref.check_catalogues(data)
    assert key in info.value.message() and ref.FILE in info.value.message()
