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


def test_insulation_reduces_loss_and_balance_holds() -> None:
    bare = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9, hours=8000, length_m=100)
    ins = pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0.3, hours=8000, length_m=100)
    assert ins.loss_w_per_m < bare.loss_w_per_m / 5
    assert 20 < ins.surface_c < 150
    conduction = pipe_heat_loss.conduction_loss_w_per_m(150, ins.surface_c, 0.108, 0.208, 0.05)
    surface = pipe_heat_loss.surface_loss_w_per_m(ins.surface_c, 20, 0.208, 0.3)
    assert abs(conduction - surface) < 1e-6
    assert abs(ins.loss_w_per_m - surface) < 1e-6
    # annual: E = q × 100 m × 8000 h / 1000; tce = E × 3.6 × 0.03412 / 1000
    assert ins.annual_kwh == pytest.approx(ins.loss_w_per_m * 800)
    assert ins.annual_tce == pytest.approx(ins.annual_kwh * 3.6 * 0.03412 / 1000)
    assert "[M" in ins.trace and "二分法" in ins.trace


def test_bare_pipe_by_hand() -> None:
    # ΔT = 130 K, D = 0.108 m: α_c = 1.32 (130/0.108)^0.25; α_r = 0.9 σ (423.15⁴ − 293.15⁴)/130
    sigma = 5.670374419e-8
    alpha_c = 1.32 * (130 / 0.108) ** 0.25
    alpha_r = 0.9 * sigma * (423.15**4 - 293.15**4) / 130
    expected = (alpha_c + alpha_r) * math.pi * 0.108 * 130
    bare = pipe_heat_loss.bare_pipe_heat_loss(150, 20, 0.108, 0.9)
    assert bare.loss_w_per_m == pytest.approx(expected)
    assert bare.loss_w_per_m == pytest.approx(770.21, abs=0.01)
    assert bare.annual_kwh == 0


@pytest.mark.parametrize("call", [
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0, 0.3),  # λ = 0
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, -0.05, 0.3),
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.208, 0.208, 0.05, 0.3),  # D_o = D_i
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.3, 0.208, 0.05, 0.3),  # D_o < D_i
    lambda: pipe_heat_loss.insulated_pipe_heat_loss(150, 20, 0.108, 0.208, 0.05, 0),  # ε = 0
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
