"""Fans (GB 19761-2020), centrifugal pumps (GB 19762-2025) and industrial boilers (GB 24500-2020) graded against
the data REFERENCE.md §2.9–§2.11 gives, and the strictness of their data files."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.calculations import equipment_grading_more as egm
from desktop_app.calculations.equipment_grading import INDICATORS, OUTCOME_LABELS
from desktop_app.calculations.equipment_grading_more import elimination_fuel, grade_boiler, grade_fan, grade_pump
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import equipment_more
from desktop_app.reference.catalogues import PROVENANCE_LABELS, ReferenceDataError

D = Decimal
SHIPPED = equipment_more.equipment_dir()  # before any test points the reference dir elsewhere


def _raw(name: str) -> dict[str, Any]:
    data = json.loads((SHIPPED / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _field(call: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as info:
        call()
    return str(info.value.params["field"])


# --- fans -------------------------------------------------------------------------------------------------


def test_fan_example_row_and_trace() -> None:
    r = grade_fan("centrifugal", "0.5", "40", "No5", "84")
    assert r.outcome == "grade_1" and r.grade == 1
    assert r.standard == "GB 19761-2020" and r.equipment == "通风机" and r.provenance_label == "S-1"
    assert r.limits == {"fan_efficiency": {"1": D("84"), "2": D("79"), "3": D("73")}}
    assert r.values == {"fan_efficiency": D("84")}
    assert "No5≤机号<No10" in r.row
    assert any("[I]" in line and "下限含" in line for line in r.trace)
    assert any("通风机效率 84 % ≥ 1级限值 84 %" in line for line in r.trace)


@pytest.mark.parametrize(("number", "limits"), [
    ("2", ("82", "77", "71")), ("3.4999", ("82", "77", "71")), ("3.5", ("82", "77", "71")),
    ("4.99", ("82", "77", "71")), ("5", ("84", "79", "73")), ("9.99", ("84", "79", "73")),
    ("10", ("86", "81", "75")), (20, ("86", "81", "75")), ("No.12.5", ("86", "81", "75")), ("no 8", ("84", "79", "73")),
])
def test_fan_machine_number_bands_lower_inclusive(number: object, limits: tuple[str, str, str]) -> None:
    r = grade_fan("离心通风机", "0.45", "30", number, "60")
    assert r.outcome == "below_limit"
    assert r.limits["fan_efficiency"] == {"1": D(limits[0]), "2": D(limits[1]), "3": D(limits[2])}


@pytest.mark.parametrize(("eta", "outcome"), [
    ("86", "grade_1"), ("85.9999", "grade_2"), ("81", "grade_2"), ("80.99", "grade_3"), ("75", "grade_3"),
    ("74.99", "below_limit"), ("74.9999996", "grade_3"), ("100", "grade_1"),
])
def test_fan_grade_boundaries(eta: str, outcome: str) -> None:
    assert grade_fan("离心式", "0.54999", "49.9", "10", eta).outcome == outcome


@pytest.mark.parametrize(("psi", "ns", "number", "limits"), [
    ("0.85", "5", "2", ("75", "72", "62")),  # 表2 first row, lower ends inclusive
    ("0.9499", "44.99", "10", ("85", "82", "75")),
    ("0.85", "45", "3", None),  # ns 45 ends ψ 0.85–0.95
    ("0.75", "15", "3.5", ("78", "72", "65")),
    ("0.65", "30", "5", ("83", "75", "66")),  # ns 30 starts the upper row
    ("0.6499", "29.99", "9.99", ("85", "76", "70")),  # ψ 0.6499 is still 0.55–0.65 (ns 20–45)
    ("0.7499", "29.99", "9.99", ("79", "72", "63")),
    ("0.55", "45", "No10", ("87", "82", "75")),
    ("0.45", "50", "5", ("85", "80", "75")),
    ("0.45", "10", "3", ("79", "74", "67")),
    ("0.35", "65", "2", ("78", "73", "63")),  # the one row whose first two bands differ
    ("0.35", "65", "4", ("83", "78", "66")),
    ("0.4499", "64.99", "12", ("88", "83", "75")),
    ("0.25", "84.99", "5", ("84", "79", "70")),
    ("0.34", "65", "10", ("86", "81", "72")),
])
def test_fan_table2_rows(psi: str, ns: str, number: str, limits: tuple[str, str, str] | None) -> None:
    r = grade_fan("centrifugal", psi, ns, number, None)
    if limits is None:
        assert r.outcome == "out_of_coverage"
    else:
        assert r.outcome == "cannot_judge"
        assert r.limits["fan_efficiency"] == {"1": D(limits[0]), "2": D(limits[1]), "3": D(limits[2])}


@pytest.mark.parametrize(("eta", "outcome"), [
    ("78", "grade_1"), ("77.99", "grade_2"), ("73", "grade_2"), ("72.999", "grade_3"), ("63", "grade_3"),
    ("62.99", "below_limit"), ("20", "below_limit"),
])
def test_fan_grade_boundaries_uneven_row(eta: str, outcome: str) -> None:
    r = grade_fan("centrifugal", "0.35", "65", "3.4999", eta)
    assert r.outcome == outcome
    assert r.limits["fan_efficiency"] == {"1": D("78"), "2": D("73"), "3": D("63")}


@pytest.mark.parametrize(("args", "needle"), [
    (("centrifugal", "0.95", "10", "5", "80"), "ψ = 0.95"),  # upper bound of 表2 exclusive; 表1 not shipped
    (("centrifugal", "0.2499", "70", "5", "80"), "0.25≤ψ<0.35"),  # below the lowest ψ of 表2
    (("centrifugal", "0.449", "40", "5", "80"), "0.45≤ψ<0.55"),  # ψ 0.35–0.45 starts at ns 50
    (("centrifugal", "0.5", "70", "5", "80"), "ns = 70"),  # ns upper bound exclusive
    (("centrifugal", "0.5", "9.99", "5", "80"), "10≤ns<30"),
    (("centrifugal", "0.9", "45", "5", "80"), "ns = 45"),  # gap: ψ 0.85–0.95 ends at ns 45
    (("centrifugal", "0.3", "70", "4.99", "80"), "“—”"),  # the source leaves No2–No5 empty in this row
    (("centrifugal", "0.3", "70", "2", "99"), "No2≤机号<No3.5"),
    (("centrifugal", "0.5", "40", "1.9", "80"), "No2"),
    (("axial", "0.5", "40", "5", "80"), "轴流通风机"),
    (("外转子前向多翼离心通风机", "0.5", "40", "5", "80"), "外转子前向多翼离心通风机"),
    (("混流通风机", "0.5", "40", "5", "80"), "混流通风机"),
])
def test_fan_out_of_coverage(args: tuple[object, ...], needle: str) -> None:
    r = grade_fan(*args)
    assert r.outcome == "out_of_coverage" and needle in r.reason and r.limits == {}
    assert r.label_zh == "未收录该规格（不作推断）"


def test_fan_missing_inputs() -> None:
    r = grade_fan("centrifugal", None, "40", "", None)
    assert r.outcome == "cannot_judge" and r.missing == ["压力系数 ψ", "机号", "通风机效率（%）"] and r.limits == {}
    r = grade_fan("centrifugal", "0.5", "40", "5", "")
    assert r.outcome == "cannot_judge" and r.missing == ["通风机效率（%）"]
    assert r.limits["fan_efficiency"]["3"] == D("73")
    assert grade_fan(None, "0.5", "40", "5", "80").missing == ["通风机型式"]


@pytest.mark.parametrize(("args", "field"), [
    (("centrifugal", "0.5", "40", "5", "100.1"), "通风机效率（%）"),
    (("centrifugal", "0.5", "40", "5", "0"), "通风机效率（%）"),
    (("centrifugal", "-0.5", "40", "5", "80"), "压力系数 ψ"),
    (("centrifugal", "0.5", "四十", "5", "80"), "比转速 ns"),
    (("centrifugal", "0.5", "40", "0", "80"), "机号"),
    (("centrifugal", "0.5", "40", "No.x", "80"), "机号"),
])
def test_fan_bad_inputs(args: tuple[object, ...], field: str) -> None:
    assert _field(lambda: grade_fan(*args)) == field


def test_fan_not_in_force() -> None:
    r = grade_fan("centrifugal", "0.5", "40", "5", "84", as_of=date(2021, 5, 31))
    assert r.outcome == "not_in_force" and "2021-06-01" in r.reason
    assert grade_fan("centrifugal", "0.5", "40", "5", "84", as_of=date(2021, 6, 1)).outcome == "grade_1"


# --- pumps ------------------------------------------------------------------------------------------------

# Hand check, single-stage single-suction, Q = 36 m³/h, H = 16 m, n = 2900 r/min:
#   Q = 36/3600 = 0.01 m³/s, √Q = 0.1; H^0.75 = 16^0.75 = 8
#   ns = 3.65 × 2900 × 0.1 / 8 = 1058.5 / 8 = 132.3125
#   ln ns = 4.885167, ln Q = ln 36 = 3.583519
#   −8.44·4.885167² = −201.4194; −0.48·3.583519² = −6.1640; 0.09·4.885167·3.583519 = 1.5755;
#   84.63·4.885167 = 413.4316; 8.5·3.583519 = 30.4599  → sum 237.8838
#   grade 1/2/3 = 237.8838 − 161.33 / 163.33 / 168.33 = 76.5538 / 74.5538 / 69.5538 → 76.6 / 74.6 / 69.6 %
SS_NS = D("132.3125")


def _single_stage_core(ns: float, q: float) -> float:
    x, y = math.log(ns), math.log(q)
    return -8.44 * x * x - 0.48 * y * y + 0.09 * x * y + 84.63 * x + 8.5 * y


def test_pump_formula_by_hand() -> None:
    assert 3.65 * 2900 * math.sqrt(36 / 3600) / 16 ** 0.75 == pytest.approx(float(SS_NS), abs=1e-9)
    core = _single_stage_core(132.3125, 36)
    assert core == pytest.approx(237.8838, abs=1e-4)
    r = grade_pump("single_suction", 36, 16, 2900, "80")
    assert r.outcome == "grade_1" and r.standard == "GB 19762-2025" and r.equipment == "离心泵"
    assert r.limits == {"pump_efficiency": {"1": D("76.6"), "2": D("74.6"), "3": D("69.6")}}
    for g, c in (("1", 161.33), ("2", 163.33), ("3", 168.33)):
        assert r.limits["pump_efficiency"][g] == D(str(round(core - c, 1)))
    assert "ns = 132.31" in r.row and "5～300 m³/h" in r.row
    text = "\n".join(r.trace)
    assert "3.65 × 2900 r/min × √(36/3600 m³/s) / (16 m)^0.75 = 132.31" in text
    assert "ln ns = 4.8852" in text and "ln Q = 3.5835" in text and "不含 C_i 的部分 = 237.8838" in text
    assert "C_i 1级 161.33，2级 163.33，3级 168.33" in text


@pytest.mark.parametrize(("eta", "outcome"), [
    ("76.6", "grade_1"), ("76.5999", "grade_2"), ("74.6", "grade_2"), ("74.59", "grade_3"), ("69.6", "grade_3"),
    ("69.5999", "below_limit"), (69.6, "grade_3"), ("100", "grade_1"),
])
def test_pump_grade_boundaries(eta: object, outcome: str) -> None:
    assert grade_pump("单级单吸", "36", "16", "2900", eta).outcome == outcome


def test_pump_multistage_uses_stage_head_and_its_coefficients() -> None:
    # same ns (H = 64/4 = 16 m per stage); multistage coefficients: −6.93x² − 0.19y² − 0.40xy + 72.67x + 8.73y
    x, y = math.log(132.3125), math.log(36)
    core = -6.93 * x * x - 0.19 * y * y - 0.40 * x * y + 72.67 * x + 8.73 * y  # = 211.4634
    assert core == pytest.approx(211.4634, abs=1e-4)
    r = grade_pump("multistage", 36, 64, 2900, "70", stages=4)
    assert r.limits["pump_efficiency"] == {"1": D("72.1"), "2": D("69.1"), "3": D("61.1")}  # 211.4634 − 139.33 …
    assert r.outcome == "grade_2" and "ns = 132.31" in r.row
    assert any("(64/4 m)^0.75" in line for line in r.trace)
    assert grade_pump("多级泵", 36, 64, 2900, "70", stages="4").outcome == "grade_2"


def test_pump_double_suction_halves_q_for_ns_only() -> None:
    # Q = 72 m³/h → per eye 36 m³/h = 0.01 m³/s: the same ns 132.3125 as the single-suction pump above,
    # but the formula takes the whole Q = 72 m³/h [I]: core = 241.4651 → grade 2/3 = 78.1 / 73.1 %
    core = _single_stage_core(132.3125, 72)
    assert core == pytest.approx(241.4651, abs=1e-4)
    r = grade_pump("double_suction", 72, 16, 2900, "78.1")
    assert "ns = 132.31" in r.row
    assert any("√(72/3600/2 m³/s)" in line for line in r.trace)
    assert r.limits["pump_efficiency"] == {"1": None, "2": D("78.1"), "3": D("73.1")}
    # grade 1's C is not determinable from REFERENCE: meeting grade 2 cannot be promoted or confirmed
    assert r.outcome == "out_of_coverage" and "1级" in r.reason
    # the shared rule never lets an untranscribed better grade be assumed away, even between grades 3 and 2
    r = grade_pump("双吸", 72, 16, 2900, "78.09")
    assert r.outcome == "out_of_coverage" and "达到3级" in r.reason and "1级" in r.reason
    assert grade_pump("双吸泵", 72, 16, 2900, "73").outcome == "below_limit"


def test_pump_shared_flow_boundary_goes_to_the_upper_range() -> None:
    below = grade_pump("single_suction", "299.9", 30, 2900, "50").limits["pump_efficiency"]
    at = grade_pump("single_suction", "300", 30, 2900, "50").limits["pump_efficiency"]
    above = grade_pump("single_suction", "10000", 60, 1480, "50").limits["pump_efficiency"]
    a1, a2, b1, b2 = at["1"], at["2"], below["1"], below["2"]
    assert a1 is not None and a2 is not None and b1 is not None and b2 is not None
    assert b1 - b2 == D("2.0")  # 5–300: C = 161.33 / 163.33
    assert a1 - a2 == D("1.0")  # 300–10000: C = 162.33 / 163.33
    assert above["1"] is not None


@pytest.mark.parametrize(("args", "kwargs", "needle"), [
    (("single_suction", "4.9", 16, 2900, "80"), {}, "5～300 m³/h、300～10000 m³/h"),
    (("single_suction", "10001", 60, 1480, "80"), {}, "10001 m³/h"),
    (("double_suction", "49", 16, 2900, "80"), {}, "50～600 m³/h"),
    (("multistage", "101", 64, 2900, "80"), {"stages": 4}, "5～100 m³/h"),
    (("inline", 36, 16, 2900, "80"), {}, "未给出流量适用范围"),
    (("管道泵", None, None, None, None), {}, "未给出流量适用范围"),
    (("light_multistage_vertical", 36, 64, 2900, "80"), {"stages": 4}, "137.33"),
    (("轻型卧式多级离心泵", 36, 64, 2900, "80"), {"stages": 4}, "140.33"),
    (("petrochemical", 36, 16, 2900, "80"), {}, "化工"),
    (("化工泵", 36, 16, 2900, "80"), {}, "未转录"),
    (("潜水泵", 36, 16, 2900, "80"), {}, "潜水泵"),
    (("single_suction", 36, 16, 10, "80"), {}, "公式的适用范围"),  # ns ≈ 0.46: the formula goes negative
])
def test_pump_out_of_coverage(args: tuple[object, ...], kwargs: dict[str, Any], needle: str) -> None:
    r = grade_pump(*args, **kwargs)
    assert r.outcome == "out_of_coverage" and needle in r.reason
    assert r.limits == {}


def test_pump_missing_inputs() -> None:
    r = grade_pump("single_suction", 36, 16, 2900, None)
    assert r.outcome == "cannot_judge" and r.missing == ["泵效率（%）"]
    assert r.limits["pump_efficiency"]["1"] == D("76.6")
    r = grade_pump(None, "", 16, None, "80")
    assert r.missing == ["泵型式", "流量（m³/h）", "转速（r/min）"] and r.limits == {}
    r = grade_pump("multistage", 36, 64, 2900, "70")  # stages left at 1: a multistage pump needs its count
    assert r.outcome == "cannot_judge" and r.missing == ["级数"]
    assert grade_pump("multistage", 36, 64, 2900, None, stages=None).missing == ["级数", "泵效率（%）"]
    assert grade_pump("single_suction", 36, 16, 2900, "80", stages=None).outcome == "grade_1"


@pytest.mark.parametrize(("args", "kwargs", "field"), [
    (("single_suction", 36, 16, 2900, "100.5"), {}, "泵效率（%）"),
    (("single_suction", -36, 16, 2900, "80"), {}, "流量（m³/h）"),
    (("single_suction", 36, 16, 0, "80"), {}, "转速（r/min）"),
    (("single_suction", 36, "十六", 2900, "80"), {}, "扬程（m）"),
    (("single_suction", 36, 16, 2900, "80"), {"stages": 2}, "级数"),
    (("multistage", 36, 64, 2900, "80"), {"stages": "2.5"}, "级数"),
    (("multistage", 36, 64, 2900, "80"), {"stages": 0}, "级数"),
])
def test_pump_bad_inputs(args: tuple[object, ...], kwargs: dict[str, Any], field: str) -> None:
    assert _field(lambda: grade_pump(*args, **kwargs)) == field


def test_pump_not_in_force_before_2026_03_01() -> None:
    r = grade_pump("single_suction", 36, 16, 2900, "80", as_of=date(2026, 2, 28))
    assert r.outcome == "not_in_force" and "2026-03-01" in r.reason
    assert any("GB 19762-2007" in line for line in r.trace)
    assert grade_pump("single_suction", 36, 16, 2900, "80", as_of=date(2026, 3, 1)).outcome == "grade_1"


# --- boilers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("btype", "fuel", "t_h", "limits"), [
    ("layer", "bituminous_ii", "20", ("85", "82", "80")),
    ("layer", "bituminous_ii", "20.01", ("86", "83", "81")),
    ("层燃", "烟煤 III类", "10", ("87", "84", "82")),
    ("层状燃烧锅炉", "烟煤Ⅲ类", "35", ("89", "86", "84")),
    ("layer", "贫煤", "4", ("85", "82", "80")),
    ("layer", "anthracite", "25", ("86", "83", "81")),
    ("layer", "褐煤", "20", ("85", "82", "80")),
    ("layer", "lignite", "21", ("87", "84", "82")),
    ("fluidised_bed", "bituminous_i", None, ("89", "85", "82")),
    ("流化床", "烟煤 II类", None, ("90", "89", "86")),
    ("循环流化床", "bituminous_iii", "75", ("91", "90", "88")),
    ("fluidised_bed", "lean_coal", None, ("90", "88", "86")),
    ("fluidised_bed", "无烟煤 II类", None, ("89", "88", "86")),
    ("fluidised_bed", "anthracite_iii", None, ("90", "88", "86")),
    ("fluidised_bed", "lignite", None, ("91", "89", "86")),
    ("layer", "biomass", "10", ("88", "84", "80")),
    ("fluidised_bed", "生物质", "10.5", ("91", "88", "86")),
    ("chamber", "natural_gas", None, ("96", "94", "92")),
    ("室燃", "燃油", None, ("95", "93", "90")),
    ("chamber", "bituminous_ii", None, ("92", "90", "88")),
])
def test_boiler_table_rows(btype: str, fuel: str, t_h: str | None, limits: tuple[str, str, str]) -> None:
    r = grade_boiler(btype, fuel, t_h, "50")
    assert r.outcome == "below_limit", r.reason
    assert r.limits == {"boiler_efficiency": {"1": D(limits[0]), "2": D(limits[1]), "3": D(limits[2])}}
    assert r.standard == "GB 24500-2020" and r.equipment == "工业锅炉"


@pytest.mark.parametrize(("eta", "outcome"), [
    ("85", "grade_1"), ("84.9999", "grade_2"), ("82", "grade_2"), ("81.99", "grade_3"), ("80", "grade_3"),
    ("79.9999", "below_limit"), ("79.9999996", "grade_3"),
])
def test_boiler_grade_boundaries(eta: str, outcome: str) -> None:
    r = grade_boiler("layer", "bituminous_ii", "20", eta)
    assert r.outcome == outcome
    assert "≤20 t/h（≤14 MW）" in r.row


def test_boiler_capacity_by_mw_and_disagreeing_bands() -> None:
    assert grade_boiler("layer", "bituminous_ii", None, "85", capacity_mw="14").outcome == "grade_1"
    r = grade_boiler("layer", "bituminous_ii", None, "85", capacity_mw="14.1")
    assert r.outcome == "grade_2" and ">20 t/h（>14 MW）" in r.row
    assert any("额定热功率 14.1 MW（>14 MW）" in line for line in r.trace)
    assert grade_boiler("layer", "bituminous_ii", "20", "85", capacity_mw="14").outcome == "grade_1"
    r = grade_boiler("layer", "bituminous_ii", "20", "85", capacity_mw="15")
    assert r.outcome == "out_of_coverage" and "不同的容量档" in r.reason
    r = grade_boiler("layer", "biomass", None, "88", capacity_mw="7")
    assert r.outcome == "grade_1" and "≤10 t/h（≤7 MW）" in r.row
    assert any("[I]" in line for line in r.trace)  # biomass rows are not split by combustion type


def test_boiler_condensing_gas() -> None:
    r = grade_boiler("chamber", "天然气", None, "103", condensing=True)
    assert r.outcome == "grade_1" and r.limits["boiler_efficiency"]["1"] == D("103")
    assert grade_boiler("chamber", "natural_gas", None, "110", condensing="1").outcome == "grade_1"
    assert grade_boiler("chamber", "natural_gas", None, "97.99", condensing="是").outcome == "below_limit"
    assert grade_boiler("chamber", "natural_gas", None, "96", condensing="否").outcome == "grade_1"
    r = grade_boiler("chamber", "oil", None, "100", condensing=True)
    assert r.outcome == "out_of_coverage" and "冷凝式" in r.reason


def test_electric_boiler_limit_97_no_grades() -> None:
    r = grade_boiler("electric", None, None, "97")
    assert r.outcome == "meets_limit" and r.label_zh == "达到能效限定值（该类不分级）"
    assert r.grade is None and r.limits == {"boiler_efficiency": {"1": None, "2": None, "3": D("97")}}
    assert any("不分等级" in line for line in r.trace)
    assert any("1级：标准未设该级限值" in line for line in r.trace)
    assert grade_boiler("电锅炉", "电", None, "99.5").outcome == "meets_limit"  # no grade 1/2 to reach
    assert grade_boiler(None, "electricity", "2", "96.99").outcome == "below_limit"
    assert grade_boiler("electric", "", None, "96.9999996").outcome == "meets_limit"


@pytest.mark.parametrize(("args", "kwargs", "needle"), [
    (("layer", "bituminous_i", "10", "85"), {}, "烟煤 I类"),
    (("fluidised_bed", "anthracite", None, "85"), {}, "无烟煤（未分类）"),
    (("chamber", "biomass_pellets", None, "85"), {}, "biomass_pellets"),
    (("chamber", "焦炉煤气", None, "85"), {}, "焦炉煤气"),
    (("layer", "natural_gas", "10", "85"), {}, "层状燃烧锅炉已收录的燃料"),
    (("余热锅炉", "oil", None, "85"), {}, "余热锅炉"),
])
def test_boiler_out_of_coverage(args: tuple[object, ...], kwargs: dict[str, Any], needle: str) -> None:
    r = grade_boiler(*args, **kwargs)
    assert r.outcome == "out_of_coverage" and needle in r.reason and r.limits == {}


def test_boiler_missing_inputs() -> None:
    r = grade_boiler("layer", "bituminous_ii", None, None)
    assert r.outcome == "cannot_judge" and r.missing == ["额定蒸发量（t/h）或额定热功率（MW）", "设计热效率（%）"]
    r = grade_boiler("chamber", "natural_gas", None, None)  # no capacity band: the limits are known
    assert r.missing == ["设计热效率（%）"] and r.limits["boiler_efficiency"]["3"] == D("92")
    assert grade_boiler(None, None, "10", "85").missing == ["燃烧方式", "燃料"]


@pytest.mark.parametrize(("args", "kwargs", "field"), [
    (("chamber", "natural_gas", None, "100.1"), {}, "设计热效率（%）"),
    (("chamber", "natural_gas", None, "110.01"), {"condensing": True}, "设计热效率（%）"),
    (("chamber", "natural_gas", None, "-1"), {}, "设计热效率（%）"),
    (("layer", "bituminous_ii", "-10", "85"), {}, "额定蒸发量（t/h）"),
    (("layer", "bituminous_ii", None, "85"), {"capacity_mw": "0"}, "额定热功率（MW）"),
    (("chamber", "natural_gas", None, "95"), {"condensing": "maybe"}, "冷凝式"),
    (("electric", "coal_fired", None, "98"), {}, "燃料"),
    (("electric", "bituminous_ii", None, "98"), {}, "燃料"),
    (("layer", "电", "10", "98"), {}, "燃烧方式"),
])
def test_boiler_bad_inputs(args: tuple[object, ...], kwargs: dict[str, Any], field: str) -> None:
    assert _field(lambda: grade_boiler(*args, **kwargs)) == field


def test_boiler_not_in_force() -> None:
    r = grade_boiler("chamber", "natural_gas", None, "96", as_of=date(2021, 5, 31))
    assert r.outcome == "not_in_force" and r.label_zh == OUTCOME_LABELS["not_in_force"]


def test_elimination_fuel_codes() -> None:
    assert elimination_fuel("bituminous_ii") == "coal" and elimination_fuel("褐煤") == "coal"
    assert elimination_fuel("natural_gas") == "gas" and elimination_fuel("燃油") == "oil"
    assert elimination_fuel("electricity") == "electric" and elimination_fuel("biomass") == "biomass"
    assert elimination_fuel("coal") == "coal" and elimination_fuel(None) is None and elimination_fuel("x") is None


# --- choices and indicators -------------------------------------------------------------------------------


def test_choice_constants_cover_the_data_and_resolve() -> None:
    assert set(equipment_more.fan_table().fan_types) <= set(egm.FAN_TYPES)
    assert set(equipment_more.pump_table().types) <= set(egm.PUMP_TYPES)
    assert set(equipment_more.boiler_table().boiler_types) == set(egm.BOILER_TYPES)
    assert set(equipment_more.boiler_table().fuels) == set(egm.BOILER_FUELS)
    for key in ("fan_efficiency", "pump_efficiency", "boiler_efficiency"):
        assert INDICATORS[key][1] == "%"
    for labels, synonyms in ((egm.FAN_TYPES, egm._FAN_SYNONYMS), (egm.PUMP_TYPES, egm._PUMP_SYNONYMS),
                             (egm.BOILER_TYPES, egm._BOILER_TYPE_SYNONYMS), (egm.BOILER_FUELS, egm._FUEL_SYNONYMS)):
        for key, label in labels.items():
            assert egm._choice(key, labels, synonyms)[0] == key
            assert egm._choice(f" {label.upper()} ", labels, synonyms)[0] == key
        assert set(synonyms.values()) <= set(labels)


# --- the data files ---------------------------------------------------------------------------------------


def test_provenance_and_coverage() -> None:
    fan, pump, boiler = equipment_more.fan_table(), equipment_more.pump_table(), equipment_more.boiler_table()
    expected = ((fan, "GB 19761-2020", "2021-06-01"), (pump, "GB 19762-2025", "2026-03-01"),
                (boiler, "GB 24500-2020", "2021-06-01"))
    for table, standard, effective in expected:
        prov = table.provenance
        label = "S-1" if table is fan else "V-2"
        assert (prov.standard, prov.effective_date, prov.label) == (standard, effective, label)
        assert prov.label in PROVENANCE_LABELS
        assert effective in table.coverage and label in table.coverage
        assert ("全部 16 行" if table is fan else "仅转录") in table.coverage
        assert table.unit == "%" and table.assumptions
    assert any("[I]" in a and "下限含" in a for a in fan.assumptions)
    assert any("[I]" in a and "1级" in a for a in pump.assumptions)  # the grade ↔ C_i assignment is inferred
    assert len(fan.rows) == 16 and all(len(row.bands) == 4 for row in fan.rows)
    assert "a1643ed38e0b934bbc7562348883b8a8bd4badc5" in fan.provenance.source
    assert "表1" in fan.coverage and "轴流" in fan.coverage and "未收录" in fan.coverage
    assert [b.limits is None for b in fan.rows[-1].bands] == [True, True, False, False]
    assert not pump.types["inline"].ranges_given and pump.types["single_suction"].ranges_given
    assert pump.coefficients["multistage"]["c"] == D("-0.40")
    assert len(boiler.rows) == 22


@pytest.fixture
def tmp_reference(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    from desktop_app.reference import paths

    (tmp_path / "equipment").mkdir()
    monkeypatch.setattr(paths, "reference_dir", lambda: tmp_path)
    equipment_more.clear_cache()
    yield tmp_path / "equipment"
    monkeypatch.undo()
    equipment_more.clear_cache()


_LOADERS: dict[str, Callable[[], object]] = {
    equipment_more.FAN_FILE: equipment_more.fan_table,
    equipment_more.PUMP_FILE: equipment_more.pump_table,
    equipment_more.BOILER_FILE: equipment_more.boiler_table,
}
F, P, B = equipment_more.FAN_FILE, equipment_more.PUMP_FILE, equipment_more.BOILER_FILE
SS, DS = "single_suction", "double_suction"


@pytest.mark.parametrize(("name", "change", "needle"), [
    (F, lambda d: d["provenance"].update(label="X"), "provenance.label"),
    (F, lambda d: d.update(better="lower"), "better"),
    (F, lambda d: d["assumptions"].__setitem__(0, "机号段按下限含"), "assumptions[0]"),
    (F, lambda d: d["rows"][0]["bands"][0]["limits"].update({"1": 82}), "rows[0].bands[0].limits.1"),
    (F, lambda d: d["rows"][0]["bands"][2]["limits"].update({"1": "100.5"}), "rows[0].bands[2].limits.1"),
    (F, lambda d: d["rows"][0]["bands"][1].update(no_min="4"), "rows[0].bands[1].no_min"),
    (F, lambda d: d["rows"][0]["bands"][1].update(no_max=None), "rows[0].bands[2].no_min"),
    (F, lambda d: d["rows"][0]["psi"].update(min="0.96"), "rows[0].psi"),
    (F, lambda d: d["rows"][0]["psi"].update(min="0.6"), "rows[3]"),  # now overlaps 0.75–0.85, 5–15
    (F, lambda d: d["rows"][0]["bands"][0]["limits"].update({"2": "76"}), "rows[0].bands[0].limits.2"),
    (F, lambda d: d["rows"][0]["bands"][3]["limits"].update({"3": "79"}), "rows[0].bands[3].limits.3"),
    (F, lambda d: [b.update(limits=None) for b in d["rows"][0]["bands"]], "rows[0].bands"),
    (F, lambda d: d["rows"][0].update(fan_type="axial"), "rows[0].fan_type"),
    (F, lambda d: d["rows"][0].update(extra=1), "rows[0]"),
    (F, lambda d: d["rows"].append(copy.deepcopy(d["rows"][0])), "rows[16]"),
    (P, lambda d: d["formula"]["coefficients"]["single_stage"].update(a="−8.44"),  # U+2212, not "-"
     "formula.coefficients.single_stage.a"),
    (P, lambda d: d["formula"]["coefficients"]["multistage"].pop("e"), "formula.coefficients.multistage"),
    (P, lambda d: d["formula"].pop("round_to"), "formula.round_to"),
    (P, lambda d: d["pump_types"][SS]["ranges"][0].update(q_min=None), "pump_types.single_suction.ranges[0]"),
    (P, lambda d: d["pump_types"][SS]["ranges"][1].update(q_min="250"), "pump_types.single_suction.ranges[1]"),
    (P, lambda d: d["pump_types"][DS]["ranges"][0]["c"].update({"1": "161.33"}),
     "pump_types.double_suction.ranges[0].c.1"),
    (P, lambda d: d["pump_types"]["multistage"].update(coefficients="two_stage"), "pump_types.multistage.coefficients"),
    (P, lambda d: d["pump_types"]["multistage"].update(coefficients=None), "pump_types.multistage.coefficients"),
    (P, lambda d: d["pump_types"]["inline"]["ranges"].append(copy.deepcopy(d["pump_types"]["inline"]["ranges"][0])),
     "pump_types.inline.ranges"),
    (P, lambda d: d["pump_types"][SS].update(stages="double"), "pump_types.single_suction.stages"),
    (P, lambda d: d.update(id="gb19762_2007"), "id"),
    (B, lambda d: d["rows"][0]["fuels"].append("peat"), "rows[0].fuels"),
    (B, lambda d: d["rows"][0]["capacity"].update(op="lt"), "rows[0].capacity.op"),
    (B, lambda d: d["rows"][17]["limits"].update({"1": "103"}), "rows[17].limits.1"),  # > 100 %, not condensing
    (B, lambda d: d["rows"][18].update(condensing="yes"), "rows[18].condensing"),
    (B, lambda d: d["rows"].pop(1), "rows[0]"),  # a ≤20 t/h row without its >20 t/h partner
    (B, lambda d: d["rows"][1]["capacity"].update(t_h="25"), "rows[0]、rows[1]"),
    (B, lambda d: d["rows"].append(copy.deepcopy(d["rows"][8])), "rows[8]、rows[22]"),
    (B, lambda d: d["fuel_notes"].update(peat="泥煤"), "fuel_notes.peat"),
    (B, lambda d: d["rows"][21].update(limits={"1": None, "2": None, "3": None}), "rows[21].limits"),
])
def test_malformed_files_name_file_and_key(tmp_reference: Path, name: str, change: Callable[[dict[str, Any]], None],
                                           needle: str) -> None:
    data = copy.deepcopy(_raw(name))
    change(data)
    (tmp_reference / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ReferenceDataError) as info:
        _LOADERS[name]()
    text = info.value.message("zh")
    assert name in text and needle in text, text


@pytest.mark.parametrize("name", equipment_more.FILES)
def test_missing_or_duplicate_key_files(tmp_reference: Path, name: str) -> None:
    with pytest.raises(ReferenceDataError, match=name.replace(".", r"\.")):
        _LOADERS[name]()
    (tmp_reference / name).write_text('{"format": 1, "format": 2}', encoding="utf-8")
    equipment_more.clear_cache()
    with pytest.raises(ReferenceDataError) as info:
        _LOADERS[name]()
    assert name in info.value.message("zh") and "format" in info.value.message("zh")


def test_shipped_files_load_after_cache_clear() -> None:
    equipment_more.clear_cache()
    for loader in _LOADERS.values():
        assert loader() is loader()  # cached
