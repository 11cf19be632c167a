"""The calculator registry (desktop_app.calculations.registry): specs, parsing, worked examples, round trip.

Known values are the worked examples already checked against the pure functions: REFERENCE.md §5 B3 (motor
replacement), B5 (compressor SP and grade), B6 (capacitor), B10 (economics), B2 (electricity and diesel CO2),
the IAPWS-IF97 verification tables (tests/test_if97.py) and the hand-checked boiler and pipe cases
(tests/test_boiler_pipe_elimination.py).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.calculations import boiler, if97, pipe_heat_loss, registry
from desktop_app.calculations import calculators_electrical as el
from desktop_app.calculations import calculators_fluid as fl
from desktop_app.calculations.registry import (
    CALCULATORS,
    DIMENSIONLESS,
    GROUPS,
    Calculator,
    RunResult,
    calculator,
    input_for_field,
    run,
    transformer_replacement,
)
from desktop_app.domain.errors import ValidationError

CJK = re.compile(r"[\u4e00-\u9fff]")


def _example(calc_id: str, **overrides: object) -> dict[str, object]:
    inputs: dict[str, object] = dict(calculator(calc_id).example)
    inputs.update(overrides)
    return inputs


def _outputs(result: RunResult) -> dict[str, str]:
    return {o.key: o.text for o in result.outputs}


def _units(result: RunResult) -> dict[str, str]:
    return {o.key: o.unit for o in result.outputs}


def _error(calc_id: str, inputs: dict[str, object]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        run(calc_id, inputs)
    return info.value


# --- the spec tables -----------------------------------------------------------------------------------------


def test_ids_unique_kebab_case_and_grouped_for_display() -> None:
    assert len(CALCULATORS) == 36
    assert all(key == calc.id for key, calc in CALCULATORS.items())
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", calc_id) for calc_id in CALCULATORS)
    order = [GROUPS.index(calc.group) for calc in CALCULATORS.values()]
    assert order == sorted(order), "calculators of a group are listed together, groups in GROUPS order"
    assert set(GROUPS) == {calc.group for calc in CALCULATORS.values()}


@pytest.mark.parametrize("calc", CALCULATORS.values(), ids=lambda c: c.id)
def test_spec_is_complete(calc: Calculator) -> None:
    assert CJK.search(calc.title) and calc.formula.strip()
    assert re.search(r"\[(V-2|V|M|I|D)", calc.standard), "the basis carries its provenance label"
    keys = [i.key for i in calc.inputs]
    labels = [i.label for i in calc.inputs]
    assert len(set(keys)) == len(keys) and len(set(labels)) == len(labels)
    for spec in calc.inputs:
        assert CJK.search(spec.label), spec.label
        assert spec.kind in ("number", "int", "choice")
        if spec.kind == "choice":
            values = [v for v, _ in spec.choices]
            assert values and len(set(values)) == len(values)
            assert not spec.default or spec.default in values
            assert not spec.unit
        elif spec.key in DIMENSIONLESS:
            assert spec.unit == "", f"{calc.id}.{spec.key} is dimensionless"
        else:
            assert spec.unit, f"{calc.id}.{spec.key} needs a unit or a place in DIMENSIONLESS"
        assert not (spec.optional and spec.default), "a default makes optional meaningless"
    assert {k for k, _ in calc.example} <= set(keys)


def test_dimensionless_keys_are_used() -> None:
    used = {i.key for c in CALCULATORS.values() for i in c.inputs if i.kind != "choice" and not i.unit}
    assert used == DIMENSIONLESS


def test_unknown_calculator_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as info:
        calculator("motor-load")
    assert info.value.params["field"] == "计算器"
    assert "motor-load-power" in str(info.value.params["detail"]) and "co2-fuel" in str(info.value.params["detail"])
    with pytest.raises(ValidationError):
        run("no-such-calculator", {})


# --- worked examples -----------------------------------------------------------------------------------------

EXPECTED: dict[str, dict[str, str]] = {
    # β = 12.712 × 0.885 / 15 = 0.75 → 75 %
    "motor-load-power": {"beta": "75", "zone": "经济运行区"},
    # √((400 − 100)/(900 − 100)) = 0.6124
    "motor-load-current": {"beta": "61.24", "zone": "允许运行区"},
    # REFERENCE B3: 11.25 kW; 12.712 → 11.981 kW; 0.731 kW; 4 386 kWh/a; 0.539 tce; 2.354 tCO2
    "motor-replacement": {"output_kw": "11.25", "input_old_kw": "12.7119", "input_new_kw": "11.9808",
                          "saving_kw": "0.731", "saving_kwh": "4386.2", "saving_tce": "0.539", "saving_tco2": "2.354"},
    # tests/test_calculators.py: 1000 kVA, 600 kW, cosφ 0.9 → β = 2/3; ΔP = 0.83 + (2/3)² × 10.3
    "transformer-operation": {"beta": "66.67", "loss_kw": "5.4078", "efficiency": "99.11"},
    # 0.83 × 8760 + 0.36 × 10.3 × 4000 = 7270.8 + 14832
    "transformer-annual-loss": {"loss_kwh": "22102.8"},
    # √(0.83/10.3)
    "transformer-optimal-load": {"beta_opt": "28.39"},
    # (0.83 + 0.1 × 7) + 0.25 × (10.3 + 0.1 × 45) = 5.23
    "transformer-integrated-power": {"q0_kvar": "7", "qk_kvar": "45", "total_kw": "5.23"},
    # old 1.7 × 8760 + 0.36 × 10.3 × 4000 = 29 724; new 0.665 × 8760 + 0.36 × 7.415 × 4000 = 16 503
    "transformer-replacement": {"load_new": "60", "loss_old_kwh": "29724", "loss_new_kwh": "16503",
                                "saving_kwh": "13221", "saving_tce": "1.625", "saving_tco2": "7.094"},
    # REFERENCE B5: 41.0 kW / 5.9 m³/min = 6.95 → 37 kW 0.8 MPa air-cooled: 2级
    "compressor-specific-power": {"specific_power": "6.95", "grade": "2级"},
    "compressor-leak-rate": {"leak_pct": "20", "leak_m3_min": "1.18"},
    # 1.18 × 6.95 × 6000
    "compressor-leak-energy": {"energy_kwh": "49206"},
    # 0.8 → 0.7 MPa(g), p0 = 0.1013: 1 − ((0.8013/0.1013)^(2/7) − 1)/((0.9013/0.1013)^(2/7) − 1) = 7.114 %
    # (recomputed in tests/test_calculators.py); the rule of thumb 7 %, 17 220 kWh/a only as a comparison
    "compressor-pressure-reduction": {"saving_pct": "7.11", "saving_kw": "2.9167", "saving_kwh": "17500.5",
                                      "rule_saving_pct": "7", "rule_saving_kwh": "17220"},
    # 3 mm at 0.7 MPa(g), 20 °C, Cd 0.61: choked, recomputed in tests/test_calculators.py
    "compressor-leak-orifice": {"regime": "临界流（壅塞）", "mass_kg_s": "0.008156", "leak_m3_min": "0.4065",
                                "energy_kwh": "16950.4"},
    # 180 m³/h = 0.05 m³/s; 1000 × 9.80665 × 0.05 × 32 / 1000 = 15.6906 kW on 20 kW
    "pump-efficiency": {"useful_kw": "15.6906", "efficiency": "78.45"},
    # 3.65 × 2900 × √0.05 / 40^0.75
    "pump-specific-speed": {"ns": "148.8"},
    # tests/test_calculators.py: 10 m³/s (36 000 m³/h) × 2000 Pa = 20 kW on 25 kW → 80 %
    "fan-efficiency": {"useful_kw": "20", "efficiency": "80"},
    # tests/test_calculators.py: r 0.8 → 80, 19.2, 25.6, saving 24.4 kW; × 6000 h
    "affinity-speed-change": {"speed_ratio": "0.8", "flow": "80", "head": "19.2", "power_kw": "25.6",
                              "saving_kw": "24.4", "saving_kwh": "146400"},
    # 1.0 MPa(g) saturated steam: h″(1.1013 MPa) = 2780.71 (steam tables, 1.1 MPa: 2780.7); feed water 105 °C
    # 440.94 kJ/kg; close to the hand-checked 4000 × (2780 − 440) / (500 × 23 000) = 81.39 % case
    "boiler-direct-steam": {"useful_kj_h": "9359087.9", "input_kj_h": "11500000", "efficiency": "81.38",
                            "h_steam": "2780.71", "h_feed": "440.938"},
    # 95/70 °C: h′ 398.02 / 293.02 kJ/kg (the hand-checked case used 398 / 293: 93.75 %)
    "boiler-direct-hot-water": {"useful_kj_h": "5250030.1", "input_kj_h": "5600000", "efficiency": "93.75",
                                "h_out": "398.019", "h_in": "293.018"},
    # 100 − 12.489 = 87.511 %
    "boiler-indirect": {"total_loss": "12.49", "efficiency": "87.51"},
    # α = 1.5; q2 = 5.75 × 1.4 × 0.98 = 7.889 %; η2 = 87.511 %
    "boiler-indirect-flue-gas": {"alpha": "1.5", "q2_pct": "7.89", "total_loss": "12.49", "efficiency": "87.51"},
    "power-factor-energy": {"cos_phi": "0.6"},
    # the 3-4-5 triangle: 80 kW on 100 kVA → Q = √(100² − 80²) = 60 kvar, φ = arccos 0.8 = 36.87°
    "power-factor-power": {"cos_phi": "0.8", "q_kvar": "60", "phi_deg": "36.87", "s_kva": "100"},
    # REFERENCE B6: 364.7 kvar
    "capacitor-size": {"q_c": "364.7"},
    "line-loss-reduction": {"ratio": "0.6646", "reduction": "33.5"},
    # tests/test_boiler_pipe_elimination.py: still air, Churchill–Chu, 737.06 W/m (by hand there)
    "pipe-bare": {"loss_w_per_m": "737.06", "coefficient": "16.71", "convection": "7.023", "radiation": "9.687",
                  "annual_kwh": "0", "annual_tce": "0"},
    # tests/test_boiler_pipe_elimination.py: t_s 35.0107 °C, 55.1184 W/m; × 100 m × 8000 h
    "pipe-insulated": {"loss_w_per_m": "55.12", "surface_c": "35.01", "coefficient": "5.619", "convection": "3.769",
                       "radiation": "1.85", "conductivity_mean": "0.05", "annual_kwh": "44094.7",
                       "annual_tce": "5.416"},
    # IF97 Table 5, 300 K, 3 MPa: v 0.100215168e-2, h 0.115331273e3, s 0.392294792, cp 0.417301218e1
    "steam-pt": {"region": "第 1 区（未饱和水）", "v": "0.00100215", "rho": "997.853", "h": "115.331", "s": "0.392295",
                 "cp": "4.17301"},
    # IF97 Table 36: T_sat(0.1 MPa) = 372.755919 K; steam tables h′ 417.44, h″ 2674.95, s′ 1.3026, s″ 7.3588
    "steam-saturation-p": {"t_sat": "99.6059", "h_liquid": "417.436", "h_vapour": "2674.95", "latent_heat": "2257.51",
                           "s_liquid": "1.30256", "s_vapour": "7.35881", "v_liquid": "0.00104315",
                           "v_vapour": "1.69402"},
    # IF97 Table 35: p_sat(373.15 K) = 0.101417978 MPa (our 100 °C)
    "steam-saturation-t": {"p_sat": "0.101418", "h_liquid": "419.099", "h_vapour": "2675.57", "latent_heat": "2256.47",
                           "s_liquid": "1.30701", "s_vapour": "7.35408", "v_liquid": "0.00104346",
                           "v_vapour": "1.67186"},
    # within 0.03 K of the IF97 backward value 391.798509 K (test_if97.py)
    "steam-t-from-ph": {"t": "118.642", "region": "第 1 区（未饱和水）"},
    # within 25 mK of the IF97 Table 9 backward value T1(3 MPa, 0.5 kJ/(kg·K)) = 307.842258 K (test_if97.py)
    "steam-t-from-ps": {"t": "34.6954", "region": "第 1 区（未饱和水）"},
    # REFERENCE B10: payback 0.923 a; NPV (8 %, 5 a) 399 052 CNY; IRR ≈ 105.4 %
    "economics": {"payback": "0.92", "npv": "399052.3", "irr": "105.37"},
    # REFERENCE B2: 5000 MWh × 0.5366 = 2683.0 t
    "co2-electricity": {"tco2": "2683"},
    # REFERENCE B2: diesel 100 t × 3.0959 = 309.59 t
    "co2-fuel": {"tco2": "309.591"},
    "co2-heat": {"tco2": "1100"},
}


def test_every_calculator_has_an_expected_example() -> None:
    assert set(EXPECTED) == set(CALCULATORS)


@pytest.mark.parametrize("calc_id", CALCULATORS)
def test_example_reproduces_known_values(calc_id: str) -> None:
    result = run(calc_id, dict(calculator(calc_id).example))
    assert result.calculator == calc_id
    assert _outputs(result) == EXPECTED[calc_id]
    assert result.trace.strip()
    for output in result.outputs:
        assert CJK.search(output.label), output.label
    assert len({o.key for o in result.outputs}) == len(result.outputs)


@pytest.mark.parametrize("calc_id", CALCULATORS)
def test_cleaned_inputs_round_trip(calc_id: str) -> None:
    first = run(calc_id, dict(calculator(calc_id).example))
    assert set(first.inputs) == {i.key for i in calculator(calc_id).inputs}
    again = run(calc_id, first.inputs)
    assert again == first


def test_reference_values_behind_the_examples() -> None:
    # B3 to the digits REFERENCE prints
    b3 = _outputs(run("motor-replacement", _example("motor-replacement")))
    assert round(float(b3["saving_kwh"])) == 4386 and b3["saving_tce"] == "0.539" and b3["saving_tco2"] == "2.354"
    # B10: payback 0.923 a, NPV 399 052, IRR ≈ 105.4 %
    b10 = _outputs(run("economics", _example("economics")))
    assert round(float(b10["npv"])) == 399052 and round(float(b10["irr"]), 1) == 105.4
    # IF97 verification tables to the 6 significant digits shown
    st = _outputs(run("steam-pt", {"p_mpa": "3", "t_c": "26.85"}))
    assert float(st["h"]) == pytest.approx(0.115331273e3, rel=5e-6)
    assert float(st["v"]) == pytest.approx(0.100215168e-2, rel=5e-6)
    sat = _outputs(run("steam-saturation-p", {"p_mpa": "0.1"}))
    assert float(sat["t_sat"]) + 273.15 == pytest.approx(0.372755919e3, rel=1e-6)
    assert float(run("steam-saturation-t", {"t_c": "100"}).outputs[0].text) == pytest.approx(0.101417978, rel=5e-6)
    t = float(_outputs(run("steam-t-from-ph", {"p_mpa": "3", "h_kj_kg": "500"}))["t"]) + 273.15
    assert abs(t - 0.391798509e3) < 0.03


@pytest.mark.parametrize(("p", "t", "region", "key", "expected"), [
    ("30", "426.85", "第 2 区（过热蒸汽）", "v", 0.542946619e-2),  # Table 15, 700 K
    ("0.5", "1226.85", "第 5 区（高温蒸汽）", "h", 0.521976855e4),  # Table 42, 1500 K
    ("78.3095639", "476.85", "第 3 区（近临界区）", "v", 0.002),  # Table 33, 750 K, ρ = 500 kg/m³
])
def test_steam_regions(p: str, t: str, region: str, key: str, expected: float) -> None:
    out = _outputs(run("steam-pt", {"p_mpa": p, "t_c": t}))
    assert out["region"] == region
    assert float(out[key]) == pytest.approx(expected, rel=5e-6)


def test_saturation_at_350_c_is_in_range() -> None:
    out = _outputs(run("steam-saturation-t", {"t_c": "350"}))
    assert out["p_sat"] == "16.5292"


def test_saturation_up_to_the_critical_point() -> None:
    # PEERS vector 19 / IF97: T_sat(20 MPa) = 638.8959115457 K; at 22.064 MPa the critical point, h = 2087.546845
    hi = run("steam-saturation-p", {"p_mpa": "20"})
    assert next(o.value for o in hi.outputs if o.key == "t_sat") == pytest.approx(638.8959115457 - 273.15, abs=1e-8)
    crit = _outputs(run("steam-saturation-t", {"t_c": "373.946"}))
    assert crit["p_sat"] == "22.064" and crit["h_liquid"] == crit["h_vapour"] == "2087.55"
    assert crit["latent_heat"] == "0"
    assert _error("steam-saturation-t", {"t_c": "374"}).params["field"] == "温度"
    assert _error("steam-saturation-p", {"p_mpa": "22.1"}).params["field"] == "压力"


def test_registry_matches_the_pure_functions() -> None:
    # pump flow typed in m³/h is the function's m³/s × 3600, and the conversion is in the trace
    result = run("pump-efficiency", {"flow_m3_h": "180", "head_m": "32", "power_kw": "20", "basis": "electric"})
    direct = fl.pump_efficiency(0.05, 32, 20, basis="electric")
    assert _outputs(result)["efficiency"] == f"{direct.efficiency_pct:.2f}".rstrip("0").rstrip(".")
    assert result.outputs[1].label == "机组效率" and "180 m³/h ÷ 3600" in result.trace
    assert direct.trace in result.trace
    # steam boiler: flow typed in t/h, enthalpies from the pressure and temperatures by IF97
    steam = run("boiler-direct-steam", _example("boiler-direct-steam", blowdown_t_h="0.2", humidity_pct="3"))
    p = 1.0 + 0.1013
    sat = if97.saturated(p)
    h_s = sat.h_vapour - sat.latent_heat * 0.03
    h_fw = if97.region1(p, 105 + 273.15).h
    expected = boiler.steam_boiler_efficiency_direct(4000, h_s, h_fw, 500, 23000, blowdown_kg_h=200,
                                                     h_blowdown_kj_kg=sat.h_liquid)
    assert _outputs(steam)["efficiency"] == "79.89" and expected.trace in steam.trace
    assert "0.2 t/h × 1000 = 200 kg/h" in steam.trace and "h″ − r w/100" in steam.trace
    superheated = _outputs(run("boiler-direct-steam", _example("boiler-direct-steam", steam_c="250")))
    assert float(superheated["h_steam"]) == pytest.approx(if97.steam(p, 250).h, abs=0.01)
    # hot water: h′(t) by IF97
    water = run("boiler-direct-hot-water", _example("boiler-direct-hot-water"))
    h_out, h_in = (if97.region1(if97.p_sat(t + 273.15), t + 273.15).h for t in (95, 70))
    assert boiler.hot_water_boiler_efficiency_direct(50000, h_out, h_in, 160, 35000).trace in water.trace
    # fan flow in m³/h, pipe diameters in mm
    fan = {"flow_m3_h": "36000", "total_pressure_pa": "2000", "power_kw": "25"}
    assert _outputs(run("fan-efficiency", fan))["useful_kw"] == "20"
    assert "108 mm = 0.108 m" in run("pipe-bare", _example("pipe-bare")).trace
    # pipes: wind and λ(t) = λ0 + b·t reach the pure functions; a saved run without them takes the defaults (0)
    windy = run("pipe-bare", _example("pipe-bare", wind_m_s="5"))
    assert _outputs(windy)["loss_w_per_m"] == "1543.58"
    assert pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, wind_m_s=5).trace in windy.trace
    ins = run("pipe-insulated", _example("pipe-insulated", wind_m_s="3", conductivity_b="0.0002"))
    direct = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, hours=8000, length_m=100,
                                                     conductivity_b=0.0002, wind_m_s=3)
    assert direct.trace in ins.trace and _outputs(ins)["surface_c"] == f"{direct.surface_c:.2f}"
    old = {"inner_c": "150", "air_c": "20", "inner_d_mm": "108", "outer_d_mm": "208", "conductivity": "0.05",
           "emissivity": "0.3", "hours": "8000", "length_m": "100"}  # a result saved before wind and b existed
    rerun = run("pipe-insulated", old)
    assert rerun.inputs["wind_m_s"] == "0" and rerun.inputs["conductivity_b"] == "0"
    assert rerun.outputs == run("pipe-insulated", _example("pipe-insulated")).outputs
    # motor load: β as % and the zone as text
    load = run("motor-load-power", {"input_kw": "6", "efficiency": "90", "rated_kw": "15"})
    assert [(o.label, o.text, o.unit) for o in load.outputs] == [("负载率", "36", "%"), ("运行区", "非经济运行区", "")]
    assert load.trace == el.motor_load_from_power(6, 90, 15).trace


def test_units_of_the_outputs() -> None:
    assert _units(run("motor-load-power", _example("motor-load-power"))) == {"beta": "%", "zone": ""}
    assert _units(run("transformer-optimal-load", _example("transformer-optimal-load"))) == {"beta_opt": "%"}
    assert _units(run("economics", _example("economics"))) == {"payback": "a", "npv": "元", "irr": "%"}
    assert _units(run("affinity-speed-change", _example("affinity-speed-change", head_unit="Pa")))["head"] == "Pa"
    assert _units(run("compressor-specific-power", _example("compressor-specific-power"))) == {
        "specific_power": "kW/(m³/min)", "grade": ""}


def test_compressor_grade_and_its_trace() -> None:
    result = run("compressor-specific-power", _example("compressor-specific-power"))
    assert "6.95 kW/(m³/min)" in result.trace and "2级限值 7.3" in result.trace and "结论：2级" in result.trace
    # the cooling choice by its Chinese label; liquid-cooled 37 kW 0.8 MPa limits are 6.4 / 7.0 / 7.8
    liquid = run("compressor-specific-power", _example("compressor-specific-power", cooling="水冷"))
    assert liquid.inputs["cooling"] == "liquid" and _outputs(liquid)["grade"] == "2级"
    for input_kw, grade in (("47", "3级"), ("48", "低于能效限定值")):  # 7.97 and 8.14 against air-cooled 8.1
        result = run("compressor-specific-power", _example("compressor-specific-power", input_kw=input_kw))
        assert _outputs(result)["grade"] == grade
    # without the grading inputs: SP only, grade cannot be judged (and says why)
    bare = run("compressor-specific-power", {"input_kw": "41", "flow_m3_min": "5.9"})
    assert _outputs(bare) == {"specific_power": "6.95", "grade": "无法判定"}
    assert bare.inputs == {"input_kw": "41", "flow_m3_min": "5.9", "rated_kw": "", "pressure_mpa": "", "cooling": ""}
    assert "缺少输入" in bare.trace
    # a size the sample rows do not hold is not guessed
    assert _outputs(run("compressor-specific-power", _example("compressor-specific-power", rated_kw="40")))[
        "grade"] == "未收录该规格（不作推断）"


# --- transformer replacement (pure function) -----------------------------------------------------------------


def test_transformer_replacement_by_hand() -> None:
    r = transformer_replacement(1000, 1.7, 10.3, 0.665, 7.415, 0.6, 8760, 4000, 0.5366)
    assert r.loss_old_kwh == pytest.approx(1.7 * 8760 + 0.36 * 10.3 * 4000)
    assert r.loss_new_kwh == pytest.approx(0.665 * 8760 + 0.36 * 7.415 * 4000)
    assert r.saving_kwh == pytest.approx(13221)
    assert r.saving_tce == pytest.approx(13221 * 0.1229 / 1000)
    assert r.saving_tco2 == pytest.approx(13221 * 0.5366 / 1000)
    assert r.load_new == pytest.approx(0.6)
    assert "原变压器" in r.trace and "新变压器" in r.trace and "0.1229" in r.trace and "[M" in r.trace
    # the same load on a larger transformer: β' = 0.6 × 1000 / 1250 = 0.48
    big = transformer_replacement(1000, 1.7, 10.3, 0.78, 8.64, 0.6, 8760, 4000, 0.5366, rated_kva_new=1250)
    assert big.load_new == pytest.approx(0.48)
    assert big.loss_new_kwh == pytest.approx(0.78 * 8760 + 0.48**2 * 8.64 * 4000)
    assert "β' = β × S_N/S_N'" in big.trace
    # a worse replacement is a negative saving, not an error
    assert transformer_replacement(1000, 0.665, 7.415, 1.7, 10.3, 0.6, 8760, 4000, 0.5366).saving_kwh < 0


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"p0_old_kw": 1700}, "原变压器空载损耗"),  # W entered as kW
    ({"pk_new_kw": 0}, "新变压器负载损耗"),
    ({"rated_kva": -1}, "原变压器额定容量"),
    ({"rated_kva_new": 315}, "新变压器额定容量"),  # β' = 1.9
    ({"load": 60}, "负载系数"),  # 60 for 60 %
    ({"max_loss_hours": 9000}, "最大负荷损耗小时数"),
    ({"grid_factor_kg_per_kwh": 581}, "电网排放因子"),  # g/kWh
])
def test_transformer_replacement_bad_inputs(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"rated_kva": 1000, "p0_old_kw": 1.7, "pk_old_kw": 10.3, "p0_new_kw": 0.665,
                            "pk_new_kw": 7.415, "load": 0.6, "hours_on": 8760, "max_loss_hours": 4000,
                            "grid_factor_kg_per_kwh": 0.5366}
    args.update(kwargs)
    with pytest.raises(ValidationError) as info:
        transformer_replacement(**args)
    assert info.value.params["field"] == field


# --- parsing ---------------------------------------------------------------------------------------------------


REQUIRED = [(c.id, i.key) for c in CALCULATORS.values() for i in c.inputs if not i.optional and not i.default]
NUMERIC = [(c.id, i.key) for c in CALCULATORS.values() for i in c.inputs if i.kind != "choice"]


@pytest.mark.parametrize(("calc_id", "key"), REQUIRED)
def test_blank_required_input_is_named(calc_id: str, key: str) -> None:
    spec = calculator(calc_id).input(key)
    for blank in ("", "   ", None):
        error = _error(calc_id, _example(calc_id, **{key: blank}))
        assert error.params == {"field": spec.field, "detail": "必填"}
    assert spec.unit in spec.field  # 输入功率（kW）
    missing = _example(calc_id)
    missing.pop(key, None)
    assert _error(calc_id, missing).params["field"] == spec.field


@pytest.mark.parametrize(("calc_id", "key"), NUMERIC)
def test_text_in_a_number_is_named(calc_id: str, key: str) -> None:
    spec = calculator(calc_id).input(key)
    for bad in ("abc", "12kW", "NaN", "inf", "1e400", "1,2", True, float("nan"), [1]):
        error = _error(calc_id, _example(calc_id, **{key: bad}))
        assert error.params["field"] == spec.field, bad
        assert CJK.search(str(error.params["detail"]))


def test_numbers_as_typed() -> None:
    typed = {"input_kw": "１２．７１２", "efficiency": " 88.5 ", "rated_kw": 15}
    result = run("motor-load-power", typed)
    assert result.inputs == {"input_kw": "12.712", "efficiency": "88.5", "rated_kw": "15"}
    assert run("motor-load-power", {"input_kw": 12.712, "efficiency": Decimal("88.5"), "rated_kw": "15.0"}).outputs \
        == result.outputs
    # thousands separators and the Unicode minus
    assert run("power-factor-energy", {"active_kwh": "300,000", "reactive_kvarh": "400,000"}).inputs == {
        "active_kwh": "300000", "reactive_kvarh": "400000"}
    assert _error("pump-efficiency", {"flow_m3_h": "−5", "head_m": "32", "power_kw": "20"}).params["field"] == "流量"
    # exponents are written out in the cleaned text
    assert run("power-factor-power", {"active_kw": "8e1", "apparent_kva": "1E2"}).inputs == {
        "active_kw": "80", "apparent_kva": "100", "cos_phi": ""}


def test_defaults_and_optional_inputs_are_recorded() -> None:
    result = run("pump-efficiency", {"flow_m3_h": "180", "head_m": "32", "power_kw": "20"})
    assert result.inputs == {"flow_m3_h": "180", "head_m": "32", "basis": "shaft", "power_kw": "20", "density": "1000"}
    assert run("affinity-speed-change", _example("affinity-speed-change", hours="")).inputs["hours"] == ""
    assert "saving_kwh" not in _outputs(run("affinity-speed-change", _example("affinity-speed-change", hours="")))


def test_int_and_choice_inputs() -> None:
    double = run("pump-specific-speed", _example("pump-specific-speed", stages="2", suction="双吸"))
    assert double.inputs["stages"] == "2" and double.inputs["suction"] == "double"
    assert float(_outputs(double)["ns"]) == pytest.approx(3.65 * 2900 * math.sqrt(0.025) / 20**0.75, abs=0.05)
    assert _error("pump-specific-speed", _example("pump-specific-speed", stages="1.5")).params["field"] == "级数"
    assert _error("pump-specific-speed", _example("pump-specific-speed", stages="0")).params["field"] == "级数"
    error = _error("pump-efficiency", {"flow_m3_h": "180", "head_m": "32", "power_kw": "20", "basis": "motor"})
    assert error.params["field"] == "功率基准" and "shaft" in str(error.params["detail"])
    assert _error("economics", _example("economics", years="2.5")).params["field"] == "计算年限（a）"
    assert _error("economics", _example("economics", years="1000")).params["field"] == "计算年限"


def test_unknown_input_key_is_refused() -> None:
    error = _error("motor-load-power", {"input_kw": "12", "efficiency": "90", "rated_kw": "15", "eta": "90"})
    assert error.params["field"] == "eta" and "efficiency" in str(error.params["detail"])


# --- impossible inputs ---------------------------------------------------------------------------------------

IMPOSSIBLE = [
    # efficiency above 100 % entered or computed
    ("motor-load-power", {"efficiency": "101"}, "电动机效率"),
    ("motor-replacement", {"efficiency_new": "100.5"}, "新电动机效率"),
    ("motor-replacement", {"efficiency_old": "0.885"}, "原电动机效率"),  # a fraction for a percentage
    ("pump-efficiency", {"flow_m3_h": "360", "head_m": "50", "power_kw": "40"}, "轴功率"),  # 49 kW on 40 kW
    ("pump-efficiency", {"flow_m3_h": "360", "head_m": "50", "power_kw": "40", "basis": "electric"},
     "电动机输入功率"),
    ("fan-efficiency", {"power_kw": "15"}, "轴功率"),  # 20 kW air power on 15 kW
    ("boiler-direct-steam", {"fuel_rate": "300"}, "燃料消耗量"),  # η1 = 135.6 %
    ("boiler-direct-hot-water", {"fuel_rate": "100"}, "燃料消耗量"),  # η1 = 150 %
    ("boiler-indirect", {"q2_pct": "60", "q3_pct": "10", "q4_pct": "20", "q5_pct": "5", "q6_pct": "5"},
     "q2 排烟热损失"),  # η2 = 0
    ("boiler-indirect", {"q3_pct": "-0.5"}, "q3 气体未完全燃烧热损失"),
    # negative flows and powers
    ("pump-efficiency", {"flow_m3_h": "-180"}, "流量"),
    ("pump-specific-speed", {"flow_m3_h": "0"}, "流量"),
    ("fan-efficiency", {"flow_m3_h": "-1"}, "风量"),
    ("compressor-specific-power", {"flow_m3_min": "-5.9"}, "排气量"),
    ("compressor-leak-energy", {"leak_m3_min": "-1"}, "泄漏量"),
    ("compressor-leak-rate", {"flow_m3_min": "-5.9"}, "排气量"),
    ("affinity-speed-change", {"flow_m3_h": "-100"}, "流量"),
    ("affinity-speed-change", {"speed_after": "80"}, "调速后转速"),  # r = 1.6
    ("boiler-direct-steam", {"steam_t_h": "-4"}, "蒸汽流量"),
    ("boiler-direct-steam", {"blowdown_t_h": "-0.1"}, "排污量"),
    ("boiler-direct-hot-water", {"water_t_h": "0"}, "循环水量"),
    ("motor-load-power", {"input_kw": "-1"}, "输入功率"),
    ("power-factor-energy", {"reactive_kvarh": "-1"}, "无功电量"),
    ("power-factor-power", {"active_kw": "120"}, "有功功率"),  # P > S
    ("co2-electricity", {"mwh": "-1"}, "外购电力"),
    ("co2-fuel", {"activity": "-100"}, "活动水平"),
    ("co2-heat", {"factor": "-0.11"}, "热力排放因子"),
    # load rate above 150 % entered or computed
    ("motor-replacement", {"load": "151"}, "负载率"),
    ("motor-replacement", {"load": "-5"}, "负载率"),
    ("motor-load-power", {"input_kw": "30", "efficiency": "90"}, "输入功率"),  # β = 1.8
    ("motor-load-current", {"current_a": "60"}, "实测电流"),  # β ≈ 2.1
    ("transformer-operation", {"load_kw": "1400"}, "负载有功功率"),  # β ≈ 1.56
    ("transformer-annual-loss", {"load": "160"}, "负载系数"),
    ("transformer-integrated-power", {"load": "150.5"}, "负载系数"),
    ("transformer-replacement", {"load": "151"}, "负载系数"),
    ("transformer-replacement", {"rated_kva_new": "315"}, "新变压器额定容量"),  # β' = 190 %
    # other physically impossible values
    ("motor-load-current", {"current_a": "8"}, "实测电流"),  # below the no-load current
    ("transformer-operation", {"rated_kva": "100", "load_kw": "60", "p0_kw": "120"}, "空载损耗"),  # W as kW
    ("transformer-replacement", {"pk_new_kw": "7415"}, "新变压器负载损耗"),
    ("transformer-replacement", {"p0_old_kw": "0"}, "原变压器空载损耗"),
    ("transformer-annual-loss", {"loss_hours": "9000"}, "最大负荷损耗小时数"),
    ("motor-replacement", {"hours": "9000"}, "年运行小时数"),
    ("motor-replacement", {"grid_factor": "581"}, "电网排放因子"),  # g/kWh
    ("co2-electricity", {"grid_factor": "536.6"}, "电网排放因子"),
    ("capacitor-size", {"cos_after": "1.05"}, "目标功率因数"),
    ("capacitor-size", {"cos_after": "0.7"}, "目标功率因数"),  # below the present value
    ("line-loss-reduction", {"cos_before": "0"}, "补偿前功率因数"),
    ("boiler-direct-steam", {"steam_mpa": "-0.1"}, "蒸汽压力"),
    ("boiler-direct-steam", {"steam_mpa": "22"}, "蒸汽压力"),  # above the critical pressure
    ("boiler-direct-steam", {"steam_c": "150"}, "蒸汽温度"),  # below t_sat(1.1 MPa) = 184 °C
    ("boiler-direct-steam", {"steam_c": "250", "humidity_pct": "2"}, "蒸汽湿度"),  # superheated and wet
    ("boiler-direct-steam", {"humidity_pct": "120"}, "蒸汽湿度"),
    ("boiler-direct-steam", {"feed_c": "190"}, "给水温度"),  # above t_sat: not water
    ("boiler-direct-steam", {"atm_mpa": "1"}, "当地大气压"),
    ("boiler-direct-hot-water", {"t_out_c": "60"}, "出水温度"),  # below the return temperature
    ("boiler-direct-hot-water", {"t_in_c": "-5"}, "进水温度"),
    ("boiler-indirect-flue-gas", {"o2_pct": "21"}, "烟气含氧量"),
    ("boiler-indirect-flue-gas", {"n": "0"}, "系数 n"),
    ("boiler-indirect-flue-gas", {"flue_gas_c": "15"}, "排烟温度"),  # below the air temperature
    ("pipe-bare", {"emissivity": "1.2"}, "表面发射率"),
    ("pipe-bare", {"diameter_mm": "-108"}, "管道外径"),
    ("pipe-bare", {"pipe_c": "15"}, "管道表面温度"),  # not a hot pipe
    ("pipe-insulated", {"outer_d_mm": "100"}, "保温层外径"),  # thinner than the pipe
    ("pipe-insulated", {"conductivity": "0"}, "保温材料导热系数"),
    ("pipe-insulated", {"conductivity_b": "-0.001"}, "导热系数温度系数"),  # λ(150 °C) < 0
    ("pipe-insulated", {"wind_m_s": "-1"}, "风速"),
    ("pipe-bare", {"wind_m_s": "61"}, "风速"),
    ("pump-efficiency", {"density": "1.02"}, "密度"),  # relative density entered as kg/m³
    ("fan-efficiency", {"compressibility": "1.1"}, "压缩性系数"),
    ("compressor-pressure-reduction", {"reduction_mpa": "1.5"}, "降压幅度"),  # 105 %
    ("compressor-leak-rate", {"load_seconds": "0", "unload_seconds": "0"}, "加载时间"),
    ("steam-pt", {"t_c": "-5"}, "温度"),
    ("steam-pt", {"p_mpa": "0"}, "压力"),
    ("steam-pt", {"p_mpa": "120"}, "压力"),
    ("steam-saturation-p", {"p_mpa": "22.1"}, "压力"),
    ("steam-saturation-t", {"t_c": "374"}, "温度"),
    ("steam-t-from-ph", {"p_mpa": "0.1", "h_kj_kg": "1500"}, "比焓"),  # wet steam
    ("economics", {"investment": "-1"}, "投资"),
    ("economics", {"rate_pct": "-100"}, "折现率"),
    ("co2-fuel", {"oxidation": "98"}, "碳氧化率"),  # percent for a fraction
    ("co2-fuel", {"fuel": "kerosene"}, "碳氧化率"),  # no reference value: must be entered
    ("co2-fuel", {"fuel": "other"}, "低位发热量"),
    ("co2-fuel", {"fuel": "natural_gas", "activity_unit": "t"}, "活动水平单位"),
]


@pytest.mark.parametrize(("calc_id", "overrides", "field"), IMPOSSIBLE,
                         ids=[f"{c}-{f}-{i}" for i, (c, _, f) in enumerate(IMPOSSIBLE)])
def test_impossible_inputs_are_validation_errors(calc_id: str, overrides: dict[str, str], field: str) -> None:
    error = _error(calc_id, _example(calc_id, **overrides))
    assert error.params["field"] == field
    assert CJK.search(error.message("zh"))
    # the GUI can find the input the error is about
    assert input_for_field(calc_id, field) is not None, field


def test_power_triangle_from_p_and_pf() -> None:
    # P = 800 kW at cosφ 0.75 (REFERENCE B6): S = 800/0.75 = 1066.67 kVA, Q = √(S² − P²) = 705.53 kvar, φ = 41.41°
    s = 800 / 0.75
    q = math.sqrt(s * s - 800 * 800)
    out = _outputs(run("power-factor-power", {"active_kw": "800", "cos_phi": "0.75"}))
    assert out == {"cos_phi": "0.75", "q_kvar": f"{q:.2f}", "phi_deg": "41.41", "s_kva": f"{s:.2f}"}
    assert f"{q:.2f}" == "705.53" and f"{math.degrees(math.acos(0.75)):.2f}" == "41.41"
    # unity power factor: no reactive power, zero angle
    assert _outputs(run("power-factor-power", {"active_kw": "50", "apparent_kva": "50"}))["q_kvar"] == "0"
    for inputs in ({"active_kw": "80"}, {"active_kw": "80", "apparent_kva": "100", "cos_phi": "0.8"}):
        assert _error("power-factor-power", inputs).params["field"] == "视在功率"  # exactly one of S and cosφ
    assert _error("power-factor-power", {"active_kw": "80", "cos_phi": "1.2"}).params["field"] == "功率因数"
    assert _error("power-factor-power", {"active_kw": "120", "apparent_kva": "100"}).params["field"] == "有功功率"


def test_input_for_field() -> None:
    assert input_for_field("motor-load-power", "输入功率（kW）") == calculator("motor-load-power").input("input_kw")
    assert input_for_field("motor-load-power", "输入功率") == calculator("motor-load-power").input("input_kw")
    assert input_for_field("pump-efficiency", "电动机输入功率") == calculator("pump-efficiency").input("power_kw")
    assert input_for_field("pump-efficiency", "功率因数") is None


def test_text_outputs_of_economics_and_fuel_co2() -> None:
    never = _outputs(run("economics", _example("economics", annual_saving="-10")))
    assert never["payback"].startswith("不能回收") and never["irr"] == "无解"
    gas = run("co2-fuel", {"fuel": "天然气", "activity": "30"})  # 30 × 10⁴ Nm³
    assert gas.inputs["fuel"] == "natural_gas"
    assert float(_outputs(gas)["tco2"]) == pytest.approx(30 * 389.31 * 0.01532 * 0.99 * 44 / 12, rel=1e-6)
    assert "10⁴Nm³" in gas.trace and "[V-2]" in gas.trace
    own = run("co2-fuel", {"fuel": "other", "activity": "10", "ncv": "20", "cc": "0.025", "oxidation": "0.9"})
    assert float(_outputs(own)["tco2"]) == pytest.approx(10 * 20 * 0.025 * 0.9 * 44 / 12, rel=1e-6)
    assert "参考数据" not in own.trace


def test_registry_module_exports() -> None:
    assert set(registry.__all__) >= {"CALCULATORS", "Calculator", "Input", "Output", "RunResult", "calculator", "run"}
