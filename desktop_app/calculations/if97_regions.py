"""IAPWS-IF97 basic equations, region by region: coefficient tables and the raw property functions.

Source of every coefficient: IAPWS R7-97(2012), *Revised Release on the IAPWS Industrial Formulation 1997 for the
Thermodynamic Properties of Water and Steam* (the 2007 revised release, reissued 2012). Table numbers are named at each
table. Units: p in MPa, T in K, ρ in kg/m³; results v m³/kg, h/u kJ/kg, s/cp kJ/(kg·K), w m/s.

These functions do no range checking: callers (``if97.py``) validate inputs and pick the region. They are the
*forward* equations only (Gibbs free energy g(p,T) for regions 1, 2, 5; Helmholtz free energy f(ρ,T) for region 3)
plus the saturation-pressure equation of region 4 and the B23 boundary; no IF97 backward equation is implemented.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Eq. (1)–(4) constants (Section 2 of the release)
R = 0.461526  # kJ/(kg·K), specific gas constant of ordinary water
TC = 647.096  # K, critical temperature
PC = 22.064  # MPa, critical pressure
RHOC = 322.0  # kg/m³, critical density


@dataclass(frozen=True, slots=True)
class Props:
    """Properties at one state: p MPa, T K, v m³/kg, h u kJ/kg, s cp kJ/(kg·K), w m/s."""

    p: float
    t: float
    v: float
    h: float
    u: float
    s: float
    cp: float
    w: float


# --- Boundary B23: Table 1 (n1…n5), Eq. (5) and (6) ---------------------------------------------------------------

_B23_N = (0.34805185628969e3, -0.11671859879975e1, 0.10192970039326e-2, 0.57254459862746e3, 0.13918839778870e2)


def b23_p(t: float) -> float:
    """Pressure (MPa) on the region 2–3 boundary at temperature ``t`` (K), Eq. (5)."""
    n1, n2, n3, _, _ = _B23_N
    return n1 + n2 * t + n3 * t * t


def b23_t(p: float) -> float:
    """Temperature (K) on the region 2–3 boundary at pressure ``p`` (MPa), Eq. (6)."""
    _, _, n3, n4, n5 = _B23_N
    return n4 + math.sqrt((p - n5) / n3)


# --- Region 1: Table 2 (I_i, J_i, n_i), Eq. (7); p* = 16.53 MPa, T* = 1386 K ----------------------------------------

_R1_I = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 8, 8, 21, 23, 29, 30, 31, 32)
_R1_J = (-2, -1, 0, 1, 2, 3, 4, 5, -9, -7, -1, 0, 1, 3, -3, 0, 1, 3, 17, -4, 0, 6, -5, -2, 10, -8, -11, -6, -29,
         -31, -38, -39, -40, -41)  # fmt: skip
_R1_N = (
    0.14632971213167, -0.84548187169114, -0.37563603672040e1, 0.33855169168385e1, -0.95791963387872,
    0.15772038513228, -0.16616417199501e-1, 0.81214629983568e-3, 0.28319080123804e-3, -0.60706301565874e-3,
    -0.18990068218419e-1, -0.32529748770505e-1, -0.21841717175414e-1, -0.52838357969930e-4, -0.47184321073267e-3,
    -0.30001780793026e-3, 0.47661393906987e-4, -0.44141845330846e-5, -0.72694996297594e-15, -0.31679644845054e-4,
    -0.28270797985312e-5, -0.85205128120103e-9, -0.22425281908000e-5, -0.65171222895601e-6, -0.14341729937924e-12,
    -0.40516996860117e-6, -0.12734301741641e-8, -0.17424871230634e-9, -0.68762131295531e-18, 0.14478307828521e-19,
    0.26335781662795e-22, -0.11947622640071e-22, 0.18228094581404e-23, -0.93537087292458e-25,
)  # fmt: skip


def region1(p: float, t: float) -> Props:
    """Region 1 (compressed liquid), Eq. (7) and Table 3 relations."""
    pi = p / 16.53
    tau = 1386.0 / t
    a = 7.1 - pi
    b = tau - 1.222
    g = g_p = g_pp = g_t = g_tt = g_pt = 0.0
    for i, j, n in zip(_R1_I, _R1_J, _R1_N, strict=True):
        g += n * a**i * b**j
        g_p -= n * i * a ** (i - 1) * b**j
        g_pp += n * i * (i - 1) * a ** (i - 2) * b**j
        g_t += n * j * a**i * b ** (j - 1)
        g_tt += n * j * (j - 1) * a**i * b ** (j - 2)
        g_pt -= n * i * j * a ** (i - 1) * b ** (j - 1)
    rt = R * t
    w2 = 1000.0 * rt * g_p**2 / ((g_p - tau * g_pt) ** 2 / (tau**2 * g_tt) - g_pp)
    return Props(
        p=p,
        t=t,
        v=rt * pi * g_p / p / 1000.0,
        h=rt * tau * g_t,
        u=rt * (tau * g_t - pi * g_p),
        s=R * (tau * g_t - g),
        cp=-R * tau**2 * g_tt,
        w=math.sqrt(w2),
    )


# --- Regions 2 and 5: ideal-gas + residual parts --------------------------------------------------------------------

# Region 2 ideal-gas part: Table 10 (J°_i, n°_i), Eq. (16); n°1, n°2 as re-set in the 2007 revision
_R2_J0 = (0, 1, -5, -4, -3, -2, -1, 2, 3)
_R2_N0 = (
    -0.96927686500217e1, 0.10086655968018e2, -0.56087911283020e-2, 0.71452738081455e-1, -0.40710498223928,
    0.14240819171444e1, -0.43839511319450e1, -0.28408632460772, 0.21268463753307e-1,
)  # fmt: skip

# Region 2 residual part: Table 11 (I_i, J_i, n_i), Eq. (17)
_R2_I = (1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 10, 10, 16, 16, 18,
         20, 20, 20, 21, 22, 23, 24, 24, 24)  # fmt: skip
_R2_J = (0, 1, 2, 3, 6, 1, 2, 4, 7, 36, 0, 1, 3, 6, 35, 1, 2, 3, 7, 3, 16, 35, 0, 11, 25, 8, 36, 13, 4, 10, 14, 29,
         50, 57, 20, 35, 48, 21, 53, 39, 26, 40, 58)  # fmt: skip
_R2_N = (
    -0.17731742473213e-2, -0.17834862292358e-1, -0.45996013696365e-1, -0.57581259083432e-1, -0.50325278727930e-1,
    -0.33032641670203e-4, -0.18948987516315e-3, -0.39392777243355e-2, -0.43797295650573e-1, -0.26674547914087e-4,
    0.20481737692309e-7, 0.43870667284435e-6, -0.32277677238570e-4, -0.15033924542148e-2, -0.40668253562649e-1,
    -0.78847309559367e-9, 0.12790717852285e-7, 0.48225372718507e-6, 0.22922076337661e-5, -0.16714766451061e-10,
    -0.21171472321355e-2, -0.23895741934104e2, -0.59059564324270e-17, -0.12621808899101e-5, -0.38946842435739e-1,
    0.11256211360459e-10, -0.82311340897998e1, 0.19809712802088e-7, 0.10406965210174e-18, -0.10234747095929e-12,
    -0.10018179379511e-8, -0.80882908646985e-10, 0.10693031879409, -0.33662250574171, 0.89185845355421e-24,
    0.30629316876232e-12, -0.42002467698208e-5, -0.59056029685639e-25, 0.37826947613457e-5, -0.12768608934681e-14,
    0.73087610595061e-28, 0.55414715350778e-16, -0.94369707241210e-6,
)  # fmt: skip

# Region 5 ideal-gas part: Table 37 (J°_i, n°_i), Eq. (33); residual part: Table 38 (I_i, J_i, n_i), Eq. (34),
# both as revised in 2007 (the region was extended to 50 MPa and its residual part refitted)
_R5_J0 = (0, 1, -3, -2, -1, 2)
_R5_N0 = (
    -0.13179983674201e2, 0.68540841634434e1, -0.24805148933466e-1, 0.36901534980333, -0.31161318213925e1,
    -0.32961626538917,
)  # fmt: skip
_R5_I = (1, 1, 1, 2, 2, 3)
_R5_J = (1, 2, 3, 3, 9, 7)
_R5_N = (
    0.15736404855259e-2, 0.90153761673944e-3, -0.50270077677648e-2, 0.22440037409485e-5, -0.41163275453471e-5,
    0.37919454822955e-7,
)  # fmt: skip


def _gas(
    p: float,
    t: float,
    t_star: float,
    tau_shift: float,
    tables: tuple[tuple[int, ...], tuple[float, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...]],
) -> Props:
    """Shared relations of regions 2 and 5 (Tables 12 and 39): γ = γ°(π, τ) + γʳ(π, τ), p* = 1 MPa."""
    j0s, n0s, irs, jrs, nrs = tables
    pi = p
    tau = t_star / t
    g0 = math.log(pi)
    g0_t = g0_tt = 0.0
    for j, n in zip(j0s, n0s, strict=True):
        g0 += n * tau**j
        g0_t += n * j * tau ** (j - 1)
        g0_tt += n * j * (j - 1) * tau ** (j - 2)
    g0_p = 1.0 / pi
    b = tau - tau_shift
    gr = gr_p = gr_pp = gr_t = gr_tt = gr_pt = 0.0
    for i, j, n in zip(irs, jrs, nrs, strict=True):
        gr += n * pi**i * b**j
        gr_p += n * i * pi ** (i - 1) * b**j
        gr_pp += n * i * (i - 1) * pi ** (i - 2) * b**j
        gr_t += n * j * pi**i * b ** (j - 1)
        gr_tt += n * j * (j - 1) * pi**i * b ** (j - 2)
        gr_pt += n * i * j * pi ** (i - 1) * b ** (j - 1)
    rt = R * t
    w2 = (
        1000.0
        * rt
        * (1.0 + 2.0 * pi * gr_p + pi**2 * gr_p**2)
        / ((1.0 - pi**2 * gr_pp) + (1.0 + pi * gr_p - tau * pi * gr_pt) ** 2 / (tau**2 * (g0_tt + gr_tt)))
    )
    return Props(
        p=p,
        t=t,
        v=rt * pi * (g0_p + gr_p) / p / 1000.0,
        h=rt * tau * (g0_t + gr_t),
        u=rt * (tau * (g0_t + gr_t) - pi * (g0_p + gr_p)),
        s=R * (tau * (g0_t + gr_t) - (g0 + gr)),
        cp=-R * tau**2 * (g0_tt + gr_tt),
        w=math.sqrt(w2),
    )


def region2(p: float, t: float) -> Props:
    """Region 2 (superheated vapour, stable-vapour equation), Eq. (15)–(17); T* = 540 K."""
    return _gas(p, t, 540.0, 0.5, (_R2_J0, _R2_N0, _R2_I, _R2_J, _R2_N))


def region5(p: float, t: float) -> Props:
    """Region 5 (high-temperature steam, 1073.15–2273.15 K, p ≤ 50 MPa), Eq. (32)–(34); T* = 1000 K."""
    return _gas(p, t, 1000.0, 0.0, (_R5_J0, _R5_N0, _R5_I, _R5_J, _R5_N))


# --- Region 3: Table 30 (I_i, J_i, n_i), Eq. (28); ρ* = ρc, T* = Tc -------------------------------------------------

_R3_N1 = 0.10658070028513e1  # coefficient of ln δ (i = 1)
_R3_I = (0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 8, 9, 9,
         10, 10, 11)  # fmt: skip
_R3_J = (0, 1, 2, 7, 10, 12, 23, 2, 6, 15, 17, 0, 2, 6, 7, 22, 26, 0, 2, 4, 16, 26, 0, 2, 4, 26, 1, 3, 26, 0, 2, 26,
         2, 26, 2, 26, 0, 1, 26)  # fmt: skip
_R3_N = (
    -0.15732845290239e2, 0.20944396974307e2, -0.76867707878716e1, 0.26185947787954e1, -0.28080781148620e1,
    0.12053369696517e1, -0.84566812812502e-2, -0.12654315477714e1, -0.11524407806681e1, 0.88521043984318,
    -0.64207765181607, 0.38493460186671, -0.85214708824206, 0.48972281541877e1, -0.30502617256965e1,
    0.39420536879154e-1, 0.12558408424308, -0.27999329698710, 0.13899799569460e1, -0.20189915023570e1,
    -0.82147637173963e-2, -0.47596035734923, 0.43984074473500e-1, -0.44476435428739, 0.90572070719733,
    0.70522450087967, 0.10770512626332, -0.32913623258954, -0.50871062041158, -0.22175400873096e-1,
    0.94260751665092e-1, 0.16436278447961, -0.13503372241348e-1, -0.14834345352472e-1, 0.57922953628084e-3,
    0.32308904703711e-2, 0.80964802996215e-4, -0.16557679795037e-3, -0.44923899061815e-4,
)  # fmt: skip


def region3_p(rho: float, t: float) -> float:
    """Region 3 pressure (MPa) only, from Eq. (28): the cheap function the density solve iterates on."""
    delta = rho / RHOC
    tau = TC / t
    f_d = _R3_N1 / delta
    for i, j, n in zip(_R3_I, _R3_J, _R3_N, strict=True):
        f_d += n * i * delta ** (i - 1) * tau**j
    return rho * R * t * delta * f_d / 1000.0


def region3(rho: float, t: float) -> Props:
    """Region 3, Helmholtz free energy f(ρ, T), Eq. (28) and Table 31 relations."""
    delta = rho / RHOC
    tau = TC / t
    f = _R3_N1 * math.log(delta)
    f_d = _R3_N1 / delta
    f_dd = -_R3_N1 / delta**2
    f_t = f_tt = f_dt = 0.0
    for i, j, n in zip(_R3_I, _R3_J, _R3_N, strict=True):
        f += n * delta**i * tau**j
        f_d += n * i * delta ** (i - 1) * tau**j
        f_dd += n * i * (i - 1) * delta ** (i - 2) * tau**j
        f_t += n * j * delta**i * tau ** (j - 1)
        f_tt += n * j * (j - 1) * delta**i * tau ** (j - 2)
        f_dt += n * i * j * delta ** (i - 1) * tau ** (j - 1)
    rt = R * t
    cross = (delta * f_d - delta * tau * f_dt) ** 2
    return Props(
        p=rho * rt * delta * f_d / 1000.0,
        t=t,
        v=1.0 / rho,
        h=rt * (tau * f_t + delta * f_d),
        u=rt * tau * f_t,
        s=R * (tau * f_t - f),
        cp=R * (-(tau**2) * f_tt + cross / (2.0 * delta * f_d + delta**2 * f_dd)),
        w=math.sqrt(1000.0 * rt * (2.0 * delta * f_d + delta**2 * f_dd - cross / (tau**2 * f_tt))),
    )


# --- Region 4: Table 34 (n1…n10), Eq. (30) saturation pressure and Eq. (31) saturation temperature -----------------

_R4_N = (
    0.11670521452767e4, -0.72421316703206e6, -0.17073846940092e2, 0.12020824702470e5, -0.32325550322333e7,
    0.14915108613530e2, -0.48232657361591e4, 0.40511340542057e6, -0.23855557567849, 0.65017534844798e3,
)  # fmt: skip


def psat(t: float) -> float:
    """Saturation pressure (MPa) at ``t`` (K), Eq. (30); valid 273.15 K ≤ T ≤ Tc."""
    n1, n2, n3, n4, n5, n6, n7, n8, n9, n10 = _R4_N
    theta = t + n9 / (t - n10)
    a = theta**2 + n1 * theta + n2
    b = n3 * theta**2 + n4 * theta + n5
    c = n6 * theta**2 + n7 * theta + n8
    return (2.0 * c / (-b + math.sqrt(b * b - 4.0 * a * c))) ** 4


def tsat(p: float) -> float:
    """Saturation temperature (K) at ``p`` (MPa), Eq. (31); valid 611.213 Pa ≤ p ≤ pc."""
    n1, n2, n3, n4, n5, n6, n7, n8, n9, n10 = _R4_N
    beta = math.sqrt(math.sqrt(p))
    e = beta**2 + n3 * beta + n6
    f = n1 * beta**2 + n4 * beta + n7
    g = n2 * beta**2 + n5 * beta + n8
    d = 2.0 * g / (-f - math.sqrt(f * f - 4.0 * e * g))
    return (n10 + d - math.sqrt((n10 + d) ** 2 - 4.0 * (n9 + n10 * d))) / 2.0
