"""IAPWS-IF97 (desktop_app.calculations.if97) against the release's verification tables (PEERS.md §4).

Verification values: IAPWS R7-97(2012), Tables 5 (region 1), 15 (region 2), 33 (region 3), 35/36 (region 4),
42 (region 5) and the B23 check after Eq. (6). PEERS.md §4 quotes v, h, s of Tables 5, 15, 42 and the saturation
values; the remaining columns (u, cp, w) and Table 33 are from the same release, cross-checked against independent
public test suites (e.g. jjgomera/iapws test.py, the source PEERS §4 names).

Tolerance: the tables print 9 significant digits, i.e. a rounding error of at most 5e-9 relative; forward values
are checked to a relative 1e-8 (REL below). Inverses (t_from_ph) are checked against the forward equation only: they
are exact inverses, not the IF97 backward equations, and differ from the backward tables by ~0.01–0.03 K (PEERS §0.7).
"""

from __future__ import annotations

import math

import pytest

from desktop_app.calculations import if97
from desktop_app.domain.errors import ValidationError

REL = 1e-8  # 9 printed significant digits → ≤ 5e-9 rounding; 1e-8 leaves a factor 2 margin


def close(actual: float, expected: float) -> bool:
    return math.isclose(actual, expected, rel_tol=REL, abs_tol=0.0)


# (T K, p MPa) → v, h, u, s, cp, w
TABLE5_REGION1 = [
    (300.0, 3.0, (0.100215168e-2, 0.115331273e3, 0.112324818e3, 0.392294792, 0.417301218e1, 0.150773921e4)),
    (300.0, 80.0, (0.971180894e-3, 0.184142828e3, 0.106448356e3, 0.368563852, 0.401008987e1, 0.163469054e4)),
    (500.0, 3.0, (0.120241800e-2, 0.975542239e3, 0.971934985e3, 0.258041912e1, 0.465580682e1, 0.124071337e4)),
]
TABLE15_REGION2 = [
    (300.0, 0.0035, (0.394913866e2, 0.254991145e4, 0.241169160e4, 0.852238967e1, 0.191300162e1, 0.427920172e3)),
    (700.0, 0.0035, (0.923015898e2, 0.333568375e4, 0.301262819e4, 0.101749996e2, 0.208141274e1, 0.644289068e3)),
    (700.0, 30.0, (0.542946619e-2, 0.263149474e4, 0.246861076e4, 0.517540298e1, 0.103505092e2, 0.480386523e3)),
]
TABLE42_REGION5 = [
    (1500.0, 0.5, (0.138455090e1, 0.521976855e4, 0.452749310e4, 0.965408875e1, 0.261609445e1, 0.917068690e3)),
    (1500.0, 30.0, (0.230761299e-1, 0.516723514e4, 0.447495124e4, 0.772970133e1, 0.272724317e1, 0.928548002e3)),
    (2000.0, 30.0, (0.311385219e-1, 0.657122604e4, 0.563707038e4, 0.853640523e1, 0.288569882e1, 0.106736948e4)),
]
# (T K, ρ kg/m³) → p, h, u, s, cp, w
TABLE33_REGION3 = [
    (650.0, 500.0, (0.255837018e2, 0.186343019e4, 0.181226279e4, 0.405427273e1, 0.138935717e2, 0.502005554e3)),
    (650.0, 200.0, (0.222930643e2, 0.237512401e4, 0.226365868e4, 0.485438792e1, 0.446579342e2, 0.383444594e3)),
    (750.0, 500.0, (0.783095639e2, 0.225868845e4, 0.210206932e4, 0.446971906e1, 0.634165359e1, 0.760696041e3)),
]


def _check(pr: if97.Props, first: float, expected: tuple[float, ...]) -> None:
    got = (first, pr.h, pr.u, pr.s, pr.cp, pr.w)
    names = ("v/p", "h", "u", "s", "cp", "w")
    bad = [(n, g, e) for n, g, e in zip(names, got, expected, strict=True) if not close(g, e)]
    assert not bad, bad


@pytest.mark.parametrize(("t", "p", "expected"), TABLE5_REGION1)
def test_region1_table5(t: float, p: float, expected: tuple[float, ...]) -> None:
    pr = if97.region1(p, t)
    _check(pr, pr.v, expected)
    assert if97.region(p, t) == 1


@pytest.mark.parametrize(("t", "p", "expected"), TABLE15_REGION2)
def test_region2_table15(t: float, p: float, expected: tuple[float, ...]) -> None:
    pr = if97.region2(p, t)
    _check(pr, pr.v, expected)
    assert if97.region(p, t) == 2


@pytest.mark.parametrize(("t", "p", "expected"), TABLE42_REGION5)
def test_region5_table42(t: float, p: float, expected: tuple[float, ...]) -> None:
    pr = if97.region5(p, t)
    _check(pr, pr.v, expected)
    assert if97.region(p, t) == 5


@pytest.mark.parametrize(("t", "rho", "expected"), TABLE33_REGION3)
def test_region3_table33(t: float, rho: float, expected: tuple[float, ...]) -> None:
    pr = if97.region3(rho, t)
    _check(pr, pr.p, expected)
    assert pr.v == 1 / rho


@pytest.mark.parametrize(("t", "rho", "expected"), TABLE33_REGION3)
def test_region3_by_pressure_recovers_density(t: float, rho: float, expected: tuple[float, ...]) -> None:
    """props(p, T) in region 3 solves for ρ: at the table's p it returns the table's ρ and properties."""
    reg, pr = if97.props(expected[0], t)
    assert reg == 3
    assert math.isclose(pr.v, 1 / rho, rel_tol=1e-7)  # p printed to 9 digits; dp/dρ small near 650 K
    assert math.isclose(pr.h, expected[1], rel_tol=1e-7)


def test_peers_table_rows() -> None:
    """The v, h, s rows exactly as PEERS.md §4 quotes them (and MEASUR vector 20)."""
    rows = [
        (if97.region1, 3, 300, 0.00100215168, 115.331273, 0.392294792),
        (if97.region1, 80, 300, 0.000971180894, 184.142828, 0.368563852),
        (if97.region1, 3, 500, 0.0012024180, 975.542239, 2.58041912),
        (if97.region2, 0.0035, 300, 39.4913866, 2549.91145, 8.52238967),
        (if97.region2, 0.0035, 700, 92.3015898, 3335.68375, 10.1749996),
        (if97.region2, 30, 700, 0.00542946619, 2631.49474, 5.17540298),
        (if97.region5, 0.5, 1500, 1.38455090, 5219.76855, 9.65408875),
    ]
    for fn, p, t, v, h, s in rows:
        pr = fn(p, t)
        assert close(pr.v, v) and close(pr.h, h) and close(pr.s, s), (p, t, pr)


def test_measur_vector_20_more_digits() -> None:
    """MEASUR SteamProperties.unit.cpp (PEERS §3 vector 20): its 10-digit h, s agree with ours to ~1e-10."""
    r = if97.region1(3, 300)
    assert math.isclose(r.h, 115.3312730214, rel_tol=1e-10)
    assert math.isclose(r.s, 0.3922947924, rel_tol=1e-9)
    r2 = if97.region2(30, 700)
    assert math.isclose(r2.h, 2631.4947448448, rel_tol=1e-10)
    assert math.isclose(r2.s, 5.1754029823, rel_tol=1e-9)
    assert math.isclose(r2.v, 0.0054294662, rel_tol=1e-8)


# --- Region 4: Tables 35 and 36 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("t", "p"), [(300.0, 0.353658941e-2), (500.0, 0.263889776e1), (600.0, 0.123443146e2)])
def test_psat_table35(t: float, p: float) -> None:
    assert close(if97.p_sat(t), p)


@pytest.mark.parametrize(("p", "t"), [(0.1, 0.372755919e3), (1.0, 0.453035632e3), (10.0, 0.584149488e3)])
def test_tsat_table36(p: float, t: float) -> None:
    assert close(if97.t_sat(p), t)


def test_measur_saturation_vector_19() -> None:
    assert math.isclose(if97.t_sat(20), 638.8959115457, rel_tol=1e-10)
    assert math.isclose(if97.p_sat(300), 0.0035365894, rel_tol=1e-8)


def test_saturation_round_trip() -> None:
    for t in (273.16, 300.0, 373.15, 500.0, 623.15, 647.0):
        assert math.isclose(if97.t_sat(if97.p_sat(t)), t, rel_tol=1e-12)


@pytest.mark.parametrize("t", [273.14, 647.1, math.nan])
def test_psat_out_of_range(t: float) -> None:
    with pytest.raises(ValidationError):
        if97.p_sat(t)


@pytest.mark.parametrize("p", [0.0006, 22.1, -1.0, 0.0, math.inf])
def test_tsat_out_of_range(p: float) -> None:
    with pytest.raises(ValidationError):
        if97.t_sat(p)


# --- B23 (check values after Eq. (6)) -------------------------------------------------------------------------------


def test_b23() -> None:
    assert close(if97.b23_p(623.15), 0.165291643e2)
    assert close(if97.b23_t(0.165291643e2), 0.623150000e3)


# --- Region selection -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "t", "expected"),
    [
        (0.1, 300.0, 1),
        (0.1, 372.0, 1),  # T_sat(0.1 MPa) = 372.756 K
        (0.1, 373.0, 2),
        (0.1, 374.0, 2),
        (1.0, 453.0, 1),
        (1.0, 454.0, 2),
        (16.0, 623.15, 2),
        (20.0, 623.15, 1),
        (100.0, 623.15, 1),
        (20.0, 630.0, 3),
        (35.0, 700.0, 3),  # B23 at 700 K: 30.47 MPa
        (25.0, 700.0, 2),
        (100.0, 860.0, 3),
        (100.0, 870.0, 2),
        (100.0, 1073.15, 2),
        (0.001, 273.15, 1),  # p_sat(273.15 K) = 0.000611 MPa
        (0.0005, 273.15, 2),
        (50.0, 1073.16, 5),
        (50.0, 2273.15, 5),
        (0.0001, 2000.0, 5),
    ],
)
def test_region_selection(p: float, t: float, expected: int) -> None:
    assert if97.region(p, t) == expected


def test_region_b23_sides() -> None:
    p = if97.b23_p(700.0)
    assert if97.region(p * (1 + 1e-9), 700.0) == 3
    assert if97.region(p * (1 - 1e-9), 700.0) == 2


@pytest.mark.parametrize(
    ("p", "t", "field"),
    [
        (1.0, 273.14, "温度"),
        (1.0, 2273.16, "温度"),
        (100.1, 500.0, "压力"),
        (50.1, 1500.0, "压力"),
        (0.0, 500.0, "压力"),
        (-1.0, 500.0, "压力"),
        (math.nan, 500.0, "压力"),
        (1.0, math.nan, "温度"),
        (math.inf, 500.0, "压力"),
        (1.0, -10.0, "温度"),
    ],
)
def test_region_invalid(p: float, t: float, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        if97.region(p, t)
    assert info.value.params["field"] == field
    assert isinstance(info.value.params["detail"], str)


def test_non_numbers_refused() -> None:
    with pytest.raises(ValidationError):
        if97.region(True, 300.0)
    with pytest.raises(ValidationError):
        if97.steam("1", 100.0)  # type: ignore[arg-type]


# --- Engineer conveniences ------------------------------------------------------------------------------------------


def test_steam_celsius() -> None:
    st = if97.steam(3.0, 26.85)  # 300 K
    assert st.region == 1
    assert close(st.h, 0.115331273e3) and close(st.s, 0.392294792) and close(st.cp, 0.417301218e1)
    st2 = if97.steam(30.0, 426.85)  # 700 K
    assert st2.region == 2 and close(st2.v, 0.542946619e-2)
    st5 = if97.steam(0.5, 1226.85)  # 1500 K
    assert st5.region == 5 and close(st5.h, 0.521976855e4)
    st3 = if97.steam(0.783095639e2, 476.85)  # 750 K, ρ = 500 kg/m³
    assert st3.region == 3 and math.isclose(st3.v, 0.002, rel_tol=1e-8)
    with pytest.raises(AttributeError):
        st.h = 0.0  # type: ignore[misc]


def test_saturated() -> None:
    sat = if97.saturated(0.1)
    assert close(sat.t_sat_c + 273.15, 0.372755919e3)
    t = if97.t_sat(0.1)
    assert sat.h_liquid == if97.region1(0.1, t).h
    assert sat.h_vapour == if97.region2(0.1, t).h
    # IF97 steam tables at 0.1 MPa (Wagner & Kretzschmar): h′ 417.44, h″ 2674.95 kJ/kg; s′ 1.3026, s″ 7.3588
    assert abs(sat.h_liquid - 417.44) < 0.01 and abs(sat.h_vapour - 2674.95) < 0.01
    assert abs(sat.s_liquid - 1.3026) < 1e-4 and abs(sat.s_vapour - 7.3588) < 1e-4
    assert abs(sat.latent_heat - 2257.51) < 0.02
    hi = if97.saturated(16.5)
    assert hi.h_vapour > hi.h_liquid
    for bad in (0.0005, 22.1, -1.0, math.nan):
        with pytest.raises(ValidationError):
            if97.saturated(bad)


# --- Saturation up to the critical point (region 3 above 623.15 K) -----------------------------------------------


def test_saturated_at_the_critical_point() -> None:
    # IF97 region 3 at (ρc = 322 kg/m³, Tc = 647.096 K) passes through pc = 22.064 MPa, with h = 2087.546845 kJ/kg
    # and s = 4.41202148 kJ/(kg·K) (critical-point values of the IF97 region-3 equation)
    c = if97.saturated(22.064)
    assert c.t_sat_c + 273.15 == pytest.approx(647.096, abs=1e-9)
    assert c.h_liquid == c.h_vapour == pytest.approx(2087.546845, rel=1e-9)
    assert c.s_liquid == c.s_vapour == pytest.approx(4.41202148, rel=1e-8)
    assert c.v_liquid == pytest.approx(1 / 322.0) and c.latent_heat == 0
    assert if97.p_sat(647.096) == pytest.approx(22.064, rel=1e-9)  # Eq. (30) ends at the critical point


@pytest.mark.parametrize("p", [16.6, 18.0, 20.0, 21.0, 22.0, 22.06])
def test_saturated_region3_is_a_phase_equilibrium(p: float) -> None:
    sat = if97.saturated(p)
    t = sat.t_sat_c + 273.15
    assert t == pytest.approx(if97.t_sat(p), abs=1e-9)
    # both states lie on the isotherm at p_sat (region 3 solved for the two densities)
    for v in (sat.v_liquid, sat.v_vapour):
        assert if97.region3(1 / v, t).p == pytest.approx(p, rel=1e-9)
    assert sat.v_liquid < 1 / 322.0 < sat.v_vapour and sat.h_liquid < sat.h_vapour
    # and they are in equilibrium: equal Gibbs energy g = h − T s (IF97's p_sat is consistent with its region-3
    # equation to a few J/kg)
    g_liquid, g_vapour = sat.h_liquid - t * sat.s_liquid, sat.h_vapour - t * sat.s_vapour
    assert abs(g_liquid - g_vapour) < 0.01
    # Clausius–Clapeyron: dp/dT = r / (T (v″ − v′)) against the slope of Eq. (30)
    slope = (if97.p_sat(t + 1e-3) - if97.p_sat(t - 1e-3)) / 2e-3
    assert sat.latent_heat / (t * (sat.v_vapour - sat.v_liquid)) / 1000 == pytest.approx(slope, rel=2e-3)


def test_saturated_is_continuous_at_623_15_k() -> None:
    # regions 1/2 at T_sat = 623.15 K and region 3 just above meet to the IF97 boundary consistency
    below = if97.saturated(if97.P_SAT_13)
    above = if97.saturated(if97.P_SAT_13 * (1 + 1e-12))
    assert above.h_liquid == pytest.approx(below.h_liquid, abs=0.1)
    assert above.h_vapour == pytest.approx(below.h_vapour, abs=0.1)
    assert above.v_liquid == pytest.approx(below.v_liquid, rel=2e-4)
    assert above.v_vapour == pytest.approx(below.v_vapour, rel=2e-4)


# --- Inverse t_from_ps: exact inverse, within the backward equations' consistency of IF97 Tables 9 and 29 --------


@pytest.mark.parametrize(("p", "s", "t", "tolerance_k"), [
    # IAPWS R7-97(2012) Table 9, T1(p, s): region 1, numerical consistency with the forward equation 25 mK
    (3.0, 0.5, 0.307842258e3, 0.025),
    (80.0, 0.5, 0.309979785e3, 0.025),
    (80.0, 3.0, 0.565899909e3, 0.025),
    # Table 29, T2(p, s): region 2a/2b/2c, consistency 10 mK
    (0.1, 7.5, 0.399517097e3, 0.010),
    (0.1, 8.0, 0.514127081e3, 0.010),
    (2.5, 8.0, 0.103984917e4, 0.010),
    (8.0, 6.0, 0.600484040e3, 0.010),
    (8.0, 7.5, 0.106495556e4, 0.010),
    (90.0, 6.0, 0.103801126e4, 0.010),
    (20.0, 5.75, 0.697992849e3, 0.010),
    (80.0, 5.25, 0.854011484e3, 0.010),
    (80.0, 5.75, 0.949017998e3, 0.010),
])
def test_t_from_ps_against_backward_tables(p: float, s: float, t: float, tolerance_k: float) -> None:
    found = if97.t_from_ps(p, s)
    assert abs(found - t) <= tolerance_k
    _reg, props = if97.props(p, found)
    assert props.s == pytest.approx(s, abs=1e-9)  # and it is the exact inverse of the forward equation


@pytest.mark.parametrize(("p", "s"), [
    (0.1, 4.0),  # wet steam at 0.1 MPa (s′ 1.30, s″ 7.36)
    (25.0, 4.4),  # region 3
    (3.0, -1.0),  # below 273.15 K
    (0.1, 20.0),  # above 1073.15 K
    (120.0, 5.0),  # above 100 MPa
])
def test_t_from_ps_invalid(p: float, s: float) -> None:
    with pytest.raises(ValidationError):
        if97.t_from_ps(p, s)


# --- Inverse t_from_ph: exact inverse of the forward equation -------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "t"),
    [
        (3.0, 300.0),
        (80.0, 300.0),
        (3.0, 500.0),
        (0.1, 273.15),
        (0.1, 372.0),
        (0.1, 374.0),
        (0.0035, 300.0),
        (0.0035, 700.0),
        (30.0, 700.0),
        (16.0, 610.0),
        (20.0, 623.0),
        (100.0, 600.0),
        (25.0, 1000.0),
        (100.0, 900.0),
        (10.0, 1073.15),
        (0.0001, 400.0),
    ],
)
def test_t_from_ph_round_trip(p: float, t: float) -> None:
    h = if97.props(p, t)[1].h
    assert abs(if97.t_from_ph(p, h) - t) < 1e-6


def test_t_from_ph_near_backward_table() -> None:
    """IF97 Table 7 (backward T(p,h), region 1): 3 MPa, 500 kJ/kg → 391.798509 K. The exact inverse is within 0.03 K
    of it, not equal to it (PEERS §0 item 7)."""
    assert abs(if97.t_from_ph(3.0, 500.0) - 0.391798509e3) < 0.03
    # Table 24 (region 2a): 0.001 MPa, 3000 kJ/kg → 534.433241 K
    assert abs(if97.t_from_ph(0.001, 3000.0) - 0.534433241e3) < 0.03


@pytest.mark.parametrize(
    ("p", "h"),
    [
        (0.1, 1500.0),  # wet steam
        (20.0, 2000.0),  # region 3
        (1.0, -10.0),  # below 273.15 K
        (1.0, 5000.0),  # above 1073.15 K
        (0.0001, 100.0),  # below 273.15 K, vapour-only pressure
        (101.0, 500.0),
        (0.0, 500.0),
        (1.0, math.nan),
    ],
)
def test_t_from_ph_invalid(p: float, h: float) -> None:
    with pytest.raises(ValidationError):
        if97.t_from_ph(p, h)


def test_region3_branches_below_critical_temperature() -> None:
    """Between B23 and the saturation line below Tc the region-3 isotherm has a loop: the solve picks the stable
    branch (vapour-like below p_sat, liquid-like above)."""
    t = 640.0  # B23 18.55 MPa < p_sat 20.27 MPa
    reg_v, vap = if97.props(19.5, t)
    reg_l, liq = if97.props(21.0, t)
    assert reg_v == reg_l == 3
    assert 1 / vap.v < 322.0 < 1 / liq.v
    assert math.isclose(vap.p, 19.5, rel_tol=1e-9) and math.isclose(liq.p, 21.0, rel_tol=1e-9)


@pytest.mark.parametrize("t", [650.0, 700.0, 800.0, 860.0])
def test_b23_continuity(t: float) -> None:
    """Regions 2 and 3 meet on B23: h and s agree across it to IF97's stated consistency (well under 0.1 %)."""
    p = if97.b23_p(t)
    _, r2 = if97.props(p * (1 - 1e-10), t)
    _, r3 = if97.props(p * (1 + 1e-10), t)
    assert math.isclose(r2.h, r3.h, rel_tol=1e-3) and math.isclose(r2.s, r3.s, rel_tol=1e-3)
