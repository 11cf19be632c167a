"""Equipment grading against GB 18613-2020, GB 20052-2024 and GB 19153-2019 (REFERENCE.md §2.6–2.8, §5, §6)."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.calculations.equipment_grading import grade_compressor, grade_motor, grade_transformer
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import equipment, equipment_more
from desktop_app.reference.catalogues import PROVENANCE_LABELS, ReferenceDataError

D = Decimal


def _raw(name: str) -> dict[str, Any]:
    data = json.loads((equipment.equipment_dir() / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- motors: the table ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kw", "poles", "grade", "value"), [
    ("7.5", 4, "3", "90.4"),  # IE3
    ("11", 4, "2", "93.3"),  # IE4
    ("55", 2, "3", "94.3"),  # IE3
    ("15", 4, "3", "92.1"),  # B3
    ("15", 4, "2", "93.9"),  # B3
    ("0.12", 8, "3", "50.7"),
    ("250", 6, "2", "96.5"),
])
def test_motor_table_spot_checks(kw: str, poles: int, grade: str, value: str) -> None:
    assert equipment.motor_table().rows[D(kw)][grade][poles] == D(value)


def test_motor_table_is_complete() -> None:
    table = equipment.motor_table()
    assert len(table.rows) == 42
    assert table.scope.poles == (2, 4, 6, 8)
    assert min(table.rows) == D("0.12") and max(table.rows) == D("1000")
    for row in table.rows.values():
        for g in ("1", "2", "3"):
            assert set(row[g]) == {2, 4, 6, 8}
            for poles in (2, 4, 6, 8):  # grades are monotone in this table
                assert row["1"][poles] >= row["2"][poles] >= row["3"][poles]


def test_motor_280_to_1000_group_is_expanded() -> None:
    table = equipment.motor_table()
    members = [D(k) for k in ("280", "315", "355", "400", "450", "500", "560", "630", "710", "800", "900", "1000")]
    assert table.row_groups["280–1000"] == tuple(members)
    for kw in members:
        assert table.rows[kw] == table.rows[D("280")]
    assert table.rows[D("280")]["2"][6] == D("96.6")  # the doubted 6-pole grade-2 step
    assert table.rows[D("280")]["1"][4] == D("97.4")
    r = grade_motor(630, 4, "96.7")
    assert r.outcome == "grade_2"
    assert any("280–1000" in line for line in r.trace)


# --- motors: grading --------------------------------------------------------------------------------------


def test_b3_motor_below_limit() -> None:
    r = grade_motor(15, 4, "88.5")
    assert r.outcome == "below_limit" and r.label_zh == "低于能效限定值" and r.grade is None
    assert r.limits == {"efficiency": {"1": D("95.1"), "2": D("93.9"), "3": D("92.1")}}
    assert r.values == {"efficiency": D("88.5")}
    assert r.standard == "GB 18613-2020" and r.provenance_label == "V-2"
    assert r.trace[0].startswith("GB 18613-2020《电动机能效限定值及能效等级》")
    assert any("表1" in line and "15 kW" in line and "4极" in line for line in r.trace)
    assert any("88.5 % < 3级限值 92.1 %" in line for line in r.trace)


def test_b3_replacement_motor_grade_2() -> None:
    r = grade_motor("15", "4", "93.9")
    assert r.outcome == "grade_2" and r.grade == 2 and r.label_zh == "2级"
    assert any("93.9 % ≥ 2级限值 93.9 %" in line for line in r.trace)


@pytest.mark.parametrize(("eta", "outcome"), [
    ("95.1", "grade_1"), ("95.099999", "grade_2"), ("93.9", "grade_2"), ("93.8999", "grade_3"),
    ("92.1", "grade_3"), ("92.0999", "below_limit"), ("92.09999996", "grade_3"),  # rounds to 92.100000
    ("100", "grade_1"), (D("92.10"), "grade_3"), (92.1, "grade_3"),
])
def test_motor_boundaries_equal_takes_that_grade(eta: object, outcome: str) -> None:
    assert grade_motor(D("15"), 4, eta).outcome == outcome


def test_motor_spot_checks_as_grades() -> None:
    assert grade_motor("7.5", 4, "90.4").outcome == "grade_3"
    assert grade_motor(11, 4, "93.3").outcome == "grade_2"
    assert grade_motor(55, 2, "94.3").outcome == "grade_3"
    assert grade_motor("7.50", 4, "90.39").outcome == "below_limit"


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"phases": 1}, "单相"),
    ({"kind": "pmsm"}, "GB 30253-2024"),
    ({"kind": "synchronous"}, "三相异步"),
    ({"voltage_v": 6000}, "GB 30254-2024"),
    ({"frequency_hz": 60}, "60 Hz"),
])
def test_motor_out_of_scope(kwargs: dict[str, Any], needle: str) -> None:
    r = grade_motor(15, 4, "93.9", **kwargs)
    assert r.outcome == "out_of_scope" and needle in r.reason
    assert r.limits == {}
    assert any(needle in line for line in r.trace)


@pytest.mark.parametrize(("kw", "poles", "needle"), [
    ("1100", 4, "1000 kW"),
    ("0.09", 4, "0.12 kW"),
    ("15", 10, "10 极"),
])
def test_motor_rating_or_poles_out_of_scope(kw: str, poles: int, needle: str) -> None:
    r = grade_motor(kw, poles, "90")
    assert r.outcome == "out_of_scope" and needle in r.reason


def test_motor_1000_kw_is_in_scope_but_1000_01_is_not() -> None:
    assert grade_motor(1000, 2, "97.2").outcome == "grade_1"
    assert grade_motor("1000.01", 2, "97.2").outcome == "out_of_scope"


def test_motor_unlisted_rating_is_out_of_coverage_naming_nearest_rows() -> None:
    r = grade_motor(12, 4, "95")
    assert r.outcome == "out_of_coverage" and r.label_zh == "未收录该规格（不作推断）"
    assert "11 kW" in r.reason and "15 kW" in r.reason and "不插值" in r.reason
    assert r.limits == {}
    assert grade_motor(1200 / 100, 4, "95").outcome == "out_of_coverage"
    assert grade_motor(260, 4, "97").outcome == "out_of_coverage"  # between 250 and 280: not interpolated


def test_motor_missing_inputs_cannot_judge() -> None:
    r = grade_motor(15, 4, None)
    assert r.outcome == "cannot_judge" and r.missing == ["额定效率（%）"]
    assert r.limits["efficiency"]["3"] == D("92.1")  # the limits are still shown
    r = grade_motor(None, "", "")
    assert r.outcome == "cannot_judge" and r.missing == ["额定功率（kW）", "极数", "额定效率（%）"]
    assert r.limits == {}


@pytest.mark.parametrize(("args", "field"), [
    ((15, 4, "101"), "额定效率（%）"),
    ((15, 4, 100.5), "额定效率（%）"),
    ((15, 4, "0"), "额定效率（%）"),
    ((15, 4, "-90"), "额定效率（%）"),
    ((-15, 4, "90"), "额定功率（kW）"),
    ((0, 4, "90"), "额定功率（kW）"),
    (("十五", 4, "90"), "额定功率（kW）"),
    ((15, 4, "九十"), "额定效率（%）"),
    ((15, 4, "NaN"), "额定效率（%）"),
    ((15, 4, float("inf")), "额定效率（%）"),
    ((15, 4, True), "额定效率（%）"),
    ((15, 3, "90"), "极数"),
    ((15, "4.5", "90"), "极数"),
    ((15, [4], "90"), "极数"),
])
def test_motor_bad_inputs_raise_validation_error(args: tuple[object, object, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        grade_motor(*args)
    assert info.value.params["field"] == field


def test_motor_bad_phase_count_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        grade_motor(15, 4, "90", phases=2)


def test_motor_not_in_force_before_effective_date() -> None:
    assert grade_motor(15, 4, "93.9", as_of=date(2020, 8, 1)).outcome == "not_in_force"
    assert grade_motor(15, 4, "93.9", as_of=date(2021, 6, 1)).outcome == "grade_2"


# --- transformers -----------------------------------------------------------------------------------------


def test_a6_transformer_grade_1() -> None:
    r = grade_transformer(100, "电工钢带", "Dyn11", D("0.120"), D("1.140"))
    assert r.outcome == "grade_1"
    assert r.limits == {"p0": {"1": D("0.12"), "2": D("0.135"), "3": D("0.15")},
                        "pk": {"1": D("1.14"), "2": D("1.265"), "3": D("1.58")}}
    assert r.standard == "GB 20052-2024" and r.provenance_label == "S-1"
    assert any("空载损耗 P0 0.12 kW ≤ 1级限值 0.12 kW" in line for line in r.trace)
    assert any("负载损耗 Pk 1.14 kW ≤ 1级限值 1.14 kW" in line for line in r.trace)
    assert grade_transformer(100, "电工钢带", "Yzn11", "0.12", "1.14").outcome == "grade_1"
    assert grade_transformer(100, "电工钢带", "dyn11", "0.12", "1.14").outcome == "grade_1"


def test_a6_missing_p0_cannot_judge_with_limits() -> None:
    r = grade_transformer(100, "电工钢带", "Dyn11", None, "1.14")
    assert r.outcome == "cannot_judge" and r.label_zh == "无法判定"
    assert r.missing == ["空载损耗 P0（kW）"]
    assert r.limits["p0"]["1"] == D("0.12") and r.limits["pk"]["3"] == D("1.58")
    assert any("P0 限值" in line for line in r.trace)
    r = grade_transformer(100, "电工钢带", "Dyn11", "", "")
    assert r.missing == ["空载损耗 P0（kW）", "负载损耗 Pk（kW）"] and r.limits["pk"]["1"] == D("1.14")


def test_transformer_both_losses_must_meet_the_grade() -> None:
    assert grade_transformer(100, "电工钢带", "Dyn11", "0.12", "1.2").outcome == "grade_2"  # Pk misses grade 1
    assert grade_transformer(100, "电工钢带", "Dyn11", "0.14", "1.0").outcome == "grade_3"  # P0 misses grade 2
    assert grade_transformer(100, "电工钢带", "Dyn11", "0.15", "1.58").outcome == "grade_3"
    r = grade_transformer(100, "电工钢带", "Dyn11", "0.151", "1.0")
    assert r.outcome == "below_limit" and r.label_zh == "低于能效限定值"
    assert grade_transformer(1000, "非晶合金", "Yyn0", "0.45", "8.8").outcome == "grade_2"
    assert grade_transformer(2500, "电工钢带", "Yyn0", "1.28", "15.27").outcome == "grade_1"


@pytest.mark.parametrize(("args", "kwargs", "needle"), [
    ((150, "电工钢带", "Dyn11", "0.1", "1.0"), {}, "125 kVA、160 kVA"),
    ((630, "电工钢带", "Dyn11", "0.3", "3.0"), {}, "只有联结组别 Yyn0"),  # the source labels ≥630 kVA Yyn0 only
    ((3150, "电工钢带", "Yyn0", "1", "20"), {}, "超出表中容量范围（30～2500 kVA）"),
    ((100, "立体卷铁心", "Dyn11", "0.1", "1.0"), {}, "立体卷铁心"),
    ((100, "电工钢带", "Dyn11", "0.1", "1.0"), {"insulation": "气体绝缘"}, "气体绝缘"),
    ((100, "电工钢带", "Dyn11", "0.1", "1.0"), {"voltage_kv": 20}, "没有 20 kV 油浸式"),
    ((6300, None, None, "4", "30"), {"voltage_kv": 110}, "表7"),  # shipped, not graded: says which tables
])
def test_transformer_rows_not_transcribed_are_out_of_coverage(args: tuple[object, ...], kwargs: dict[str, Any],
                                                              needle: str) -> None:
    r = grade_transformer(*args, **kwargs)
    assert r.outcome == "out_of_coverage" and needle in r.reason
    assert r.limits == {}


def test_transformer_missing_identification_cannot_judge_without_limits() -> None:
    r = grade_transformer(100, None, "", "0.12", None)
    assert r.outcome == "cannot_judge" and r.limits == {}
    assert r.missing == ["铁心材料", "联结组别", "负载损耗 Pk（kW）"]


@pytest.mark.parametrize(("args", "field"), [
    ((-100, "电工钢带", "Dyn11", "0.12", "1.14"), "额定容量（kVA）"),
    ((100, "电工钢带", "Dyn11", "一百二", "1.14"), "空载损耗 P0（kW）"),
    ((100, "电工钢带", "Dyn11", "0.12", "-1"), "负载损耗 Pk（kW）"),
])
def test_transformer_bad_inputs(args: tuple[object, ...], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        grade_transformer(*args)
    assert info.value.params["field"] == field


def test_transformer_not_in_force_for_a_2020_diagnosis() -> None:
    r = grade_transformer(100, "电工钢带", "Dyn11", "0.12", "1.14", as_of=date(2020, 12, 31))
    assert r.outcome == "not_in_force" and "2025-02-01" in r.reason


def test_transformer_file_holds_every_table_the_source_transcribes() -> None:
    t = equipment.transformer_table()
    assert [s.table for s in t.more_tables] == [f"表{n}" for n in range(2, 36)]
    assert len(t.rows) + sum(len(s.rows) for s in t.more_tables) == 546  # GB20052-R000001…R000546
    assert {r.core for r in t.rows} == {"电工钢带", "非晶合金"} and min(r.kva for r in t.rows) == D("30")
    dry = t.find("表2")
    assert dry is not None and dry.insulation == "干式" and len(dry.rows) == 108  # R000063…R000170
    assert dry.insulation_classes == ("B(100℃)", "F(120℃)", "H(145℃)")
    assert {s.table for s in t.more_tables if s.new_energy} == {f"表{n}" for n in range(29, 36)}
    for sub in t.more_tables:
        for r in sub.rows:  # 3级 is the 能效限定值: every grade is at most as lossy as it
            for g in ("1", "2"):
                assert r.p0[g] is not None and r.p0["3"] is not None and r.p0[g] <= r.p0["3"]
                assert r.pk[g] is not None and r.pk["3"] is not None and r.pk[g] <= r.pk["3"]


@pytest.mark.parametrize(("args", "kwargs", "grades"), [
    # 表1, 10 kV oil, 2500 kVA amorphous Yyn0: P0 0.67/0.86/0.865, Pk 16.23/17.15/21.2
    ((2500, "非晶合金", "Yyn0"), {}, (("0.67", "16.23"), ("0.86", "17.15"), ("0.865", "21.2"))),
    # 表2, 10 kV dry, 1000 kVA electrical steel, class F: P0 1.02/1.205/1.415, Pk 7.315/7.315/8.13
    ((1000, "电工钢带", None), {"insulation": "干式", "insulation_class": "F"},
     (("1.02", "7.315"), ("1.205", "7.315"), ("1.415", "8.13"))),
    # 表2 amorphous core, class H, 30 kVA: P0 0.05/0.06/0.07, Pk 0.685/0.685/0.76
    ((30, "非晶合金", None), {"insulation": "干式", "insulation_class": "H(145℃)"},
     (("0.05", "0.685"), ("0.06", "0.685"), ("0.07", "0.76"))),
    # 表3, 35 kV oil, off-circuit tap changer, 10000 kVA: P0 4.8/5.7/7.0, Pk 41/41/43
    ((10000, None, None), {"voltage_kv": 35, "tap_changer": "无励磁调压"},
     (("4.8", "41"), ("5.7", "41"), ("7.0", "43"))),
    # 表4, 35 kV oil, on-load tap changer, 31500 kVA: P0 12.0/14.2/17.4, Pk 104/104/110
    ((31500, None, None), {"voltage_kv": 35, "tap_changer": "有载调压"},
     (("12.0", "104"), ("14.2", "104"), ("17.4", "110"))),
])
def test_transformer_boundaries_per_table(args: tuple[object, ...], kwargs: dict[str, Any],
                                          grades: tuple[tuple[str, str], ...]) -> None:
    """A device exactly at a grade's limits gets that grade (≤: equal takes the better grade); just above 3级 is
    below the 能效限定值."""
    for n, (p0, pk) in enumerate(grades, start=1):
        r = grade_transformer(*args, p0, pk, **kwargs)
        assert r.outcome == f"grade_{n}", (n, r.reason)
    p0, pk = grades[2]
    worse = str(D(pk) + D("0.01"))
    r = grade_transformer(*args, p0, worse, **kwargs)
    assert r.outcome == "below_limit"
    assert any("3级" in line for line in r.trace)


def test_transformer_dry_type_names_its_table_and_row() -> None:
    r = grade_transformer(1000, "电工钢带", None, "1.02", "7.315", insulation="干式", insulation_class="F")
    assert r.table.startswith("表2 10kV干式") and r.row == "1000 kVA，电工钢带，F(120℃)"
    assert any("来源第 8 页" in line for line in r.trace)


@pytest.mark.parametrize(("args", "kwargs", "needle"), [
    # between two rows: the tables list discrete ratings; refused, neither interpolated nor rounded to a row
    ((900, "电工钢带", None, "1", "7"), {"insulation": "干式", "insulation_class": "F"}, "800 kVA、1000 kVA"),
    ((7000, None, None, "4", "33"), {"voltage_kv": 35, "tap_changer": "无励磁调压"}, "6300 kVA、8000 kVA"),
    ((40000, None, None, "13", "110"), {"voltage_kv": 35, "tap_changer": "有载调压"}, "超出表中容量范围"),
    ((1000, "电工钢带", None, "1", "7"), {"insulation": "干式", "insulation_class": "C"}, "绝缘耐热等级“C”"),
    ((1000, "立体卷铁心", None, "1", "7"), {"insulation": "干式", "insulation_class": "F"}, "立体卷铁心"),
    ((1000, None, None, "1", "7"), {"insulation": "干式", "voltage_kv": 35}, "表34"),  # new-energy dry, not graded
])
def test_transformer_more_tables_refuse_with_a_reason(args: tuple[object, ...], kwargs: dict[str, Any],
                                                      needle: str) -> None:
    r = grade_transformer(*args, **kwargs)
    assert r.outcome == "out_of_coverage" and needle in r.reason, r.reason
    assert r.limits == {}


def test_transformer_dry_type_missing_insulation_class_cannot_judge() -> None:
    r = grade_transformer(1000, "电工钢带", None, "1.02", "7.3", insulation="干式")
    assert r.outcome == "cannot_judge" and r.missing == ["绝缘耐热等级"]


def test_transformer_edition_by_as_of_date() -> None:
    """Only GB 20052-2024 is shipped (no public transcription of the 2020 edition was found): a case whose as-of
    date is before 2025-02-01 gets 未实施, not the 2024 figures; on and after that date, the 2024 table."""
    args = (10000, None, None, "4.8", "41")
    before = grade_transformer(*args, voltage_kv=35, tap_changer="无励磁调压", as_of=date(2025, 1, 31))
    assert before.outcome == "not_in_force" and before.limits == {}
    on = grade_transformer(*args, voltage_kv=35, tap_changer="无励磁调压", as_of=date(2025, 2, 1))
    assert on.outcome == "grade_1"


# --- compressors ------------------------------------------------------------------------------------------


def test_b5_compressor_grade_2() -> None:
    sp = (D("41.0") / D("5.9")).quantize(D("0.01"))
    assert sp == D("6.95")
    r = grade_compressor(37, "0.8", "air", sp)
    assert r.outcome == "grade_2"
    assert r.limits == {"specific_power": {"1": D("6.7"), "2": D("7.3"), "3": D("8.1")}}
    assert r.standard == "GB 19153-2019" and r.provenance_label == "S-1"
    assert any("6.95 kW/(m³/min) > 1级限值 6.7" in line for line in r.trace)
    assert any("6.95 kW/(m³/min) ≤ 2级限值 7.3" in line for line in r.trace)


@pytest.mark.parametrize(("sp", "cooling", "outcome"), [
    ("6.7", "air", "grade_1"), ("6.700001", "air", "grade_2"), ("6.7000004", "air", "grade_1"),
    ("8.1", "风冷", "grade_3"),
    ("8.11", "air", "below_limit"), ("7.0", "liquid", "grade_2"), ("7.0", "水冷", "grade_2"),
    ("6.4", "液冷", "grade_1"),
])
def test_compressor_boundaries(sp: str, cooling: str, outcome: str) -> None:
    assert grade_compressor(37, "0.80", cooling, sp).outcome == outcome


@pytest.mark.parametrize(("kw", "pressure", "cooling", "sp", "outcome"), [
    # smallest row, air only: equal to a limit takes that (the better) grade
    ("1.5", "0.3", "air", "5.8", "grade_1"), ("1.5", "0.3", "air", "5.81", "grade_2"),
    ("1.5", "0.3", "air", "7.4", "grade_3"), ("1.5", "0.3", "air", "7.41", "below_limit"),
    ("11", "1.25", "风冷", "9.5", "grade_1"), ("11", "1.25", "风冷", "12.1", "grade_3"),
    ("11", "1.25", "风冷", "12.11", "below_limit"),
    # first row with a liquid column, and the largest row held
    ("18.5", "0.5", "liquid", "5.1", "grade_1"), ("18.5", "0.5", "liquid", "5.5", "grade_2"),
    ("18.5", "0.5", "liquid", "6.1", "grade_3"), ("18.5", "0.5", "liquid", "6.11", "below_limit"),
    ("55", "1.25", "air", "8.2", "grade_1"), ("55", "1.25", "air", "8.9", "grade_2"),
    ("55", "1.25", "air", "9.9", "grade_3"), ("55", "1.25", "air", "9.900001", "below_limit"),
    ("55", "0.8", "液冷", "6.2", "grade_1"), ("55", "0.8", "液冷", "7.4", "grade_3"),
    ("55", "0.8", "液冷", "7.41", "below_limit"),
    ("3.0", "1.0", "air", "12.6", "grade_3"), ("5.5", "0.70", "air", "8.2", "grade_2"),
    # 75–400 kW (air and liquid): the first and the largest rows held, and one in between
    ("75", "0.3", "air", "3.8", "grade_1"), ("75", "0.3", "air", "3.81", "grade_2"),
    ("75", "0.3", "air", "4.1", "grade_2"), ("75", "0.3", "air", "4.6", "grade_3"),
    ("75", "0.3", "air", "4.600001", "below_limit"),
    ("75", "1.25", "liquid", "7.6", "grade_1"), ("75", "1.25", "液冷", "9.2", "grade_3"),
    ("75", "1.25", "liquid", "9.21", "below_limit"),
    ("200", "0.8", "air", "6.5", "grade_2"), ("200", "0.8", "air", "7.2", "grade_3"),
    ("200", "0.8", "air", "7.21", "below_limit"), ("200", "0.8", "水冷", "6.2", "grade_2"),
    ("400", "1.25", "air", "7.3", "grade_1"), ("400", "1.25", "air", "8.0", "grade_2"),
    ("400", "1.25", "air", "8.9", "grade_3"), ("400", "1.25", "air", "8.900001", "below_limit"),
    ("400", "1.25", "liquid", "6.9", "grade_1"), ("400", "1.25", "liquid", "8.5", "grade_3"),
    ("400", "1.25", "liquid", "8.51", "below_limit"), ("400", "0.3", "liquid", "3.3", "grade_1"),
])
def test_compressor_table_1_rows(kw: str, pressure: str, cooling: str, sp: str, outcome: str) -> None:
    r = grade_compressor(kw, pressure, cooling, sp)
    assert r.outcome == outcome and r.provenance_label == "S-1"


def test_compressor_row_limits_and_trace() -> None:
    r = grade_compressor(55, "0.8", "air", "6.6")
    assert r.outcome == "grade_2"
    assert r.limits["specific_power"] == {"1": D("6.5"), "2": D("7.0"), "3": D("7.7")}
    r = grade_compressor(18.5, "1.25", "liquid", "9.7")
    assert r.outcome == "grade_3"
    assert r.limits["specific_power"] == {"1": D("8.6"), "2": D("9.6"), "3": D("11.0")}
    assert any("收录范围" in line and "144 行" in line for line in r.trace)


@pytest.mark.parametrize("kw", ["1.5", "7.5", "15"])
def test_compressor_liquid_dash_refused(kw: str) -> None:
    """表1 has no liquid-cooled limit ("—") below 18.5 kW: refused with that reason, never the air limit."""
    r = grade_compressor(kw, "0.8", "liquid", "6.0")
    assert r.outcome == "out_of_coverage" and "不设限值" in r.reason and "—" in r.reason and r.limits == {}
    assert grade_compressor(kw, "0.8", "air", "6.0").outcome == "grade_1"


@pytest.mark.parametrize(("kw", "pressure", "needle"), [
    (37, "0.9", "没有 0.9 MPa"), (37, "0.75", "没有 0.75 MPa"), (37, "1.3", "没有 1.3 MPa"),
    (1.5, "0.2", "没有 0.2 MPa"),
    (450, "0.8", "400 kW"), (60, "0.8", "55 kW、75 kW"), (40, "0.8", "37 kW、45 kW"), (1, "0.8", "1.5 kW"),
    (16, "0.8", "15 kW、18.5 kW"), (80, "0.8", "75 kW、90 kW"), (300, "1.0", "250 kW、315 kW"),
    (400, "0.6", "没有 0.6 MPa"),
])
def test_compressor_rows_not_held(kw: float, pressure: str, needle: str) -> None:
    """A pressure or power between (or beyond) the rows is refused, not interpolated and not rounded."""
    r = grade_compressor(kw, pressure, "air", "6.0")
    assert r.outcome == "out_of_coverage" and needle in r.reason and "不插值" in r.reason and r.limits == {}


@pytest.mark.parametrize("kind", ["oil_injected_rotary_variable_speed", "oil_free", "reciprocating", "other"])
def test_compressor_unheld_types_refused(kind: str) -> None:
    r = grade_compressor(37, "0.8", "air", "6.9", kind=kind)
    assert r.outcome == "out_of_coverage" and kind in r.reason and "未收录" in r.reason
    assert r.limits == {}


def test_compressor_other_types_and_missing_inputs() -> None:
    r = grade_compressor(37, "0.8", "air", "6.9", kind="oil_free_screw")
    assert r.outcome == "out_of_coverage"
    r = grade_compressor(37, "0.8", "air", None)
    assert r.outcome == "cannot_judge" and r.limits["specific_power"]["2"] == D("7.3")
    r = grade_compressor(37, None, None, "6.9")
    assert r.outcome == "cannot_judge" and r.missing == ["额定排气压力（MPa）", "冷却方式"]


@pytest.mark.parametrize(("args", "field"), [
    ((37, "0.8", "air", "-6.9"), "机组输入比功率（kW/(m³/min)）"),
    ((37, "0.8", "蒸发冷", "6.9"), "冷却方式"),
    ((-37, "0.8", "air", "6.9"), "额定功率（kW）"),
    ((37, "abc", "air", "6.9"), "额定排气压力（MPa）"),
])
def test_compressor_bad_inputs(args: tuple[object, ...], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        grade_compressor(*args)
    assert info.value.params["field"] == field


# --- the data files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", equipment.FILES)
def test_every_equipment_file_has_provenance(name: str) -> None:
    data = _raw(name)
    prov = data["provenance"]
    assert prov["label"] in PROVENANCE_LABELS
    assert prov["label"] == ("V-2" if name == equipment.MOTOR_FILE else "S-1")
    for key in ("standard", "title", "edition", "effective_date", "source", "note"):
        assert str(prov[key]).strip()


def test_every_json_in_equipment_dir_is_known_and_labelled() -> None:
    from desktop_app.reference import elimination

    names = sorted(p.name for p in equipment.equipment_dir().glob("*.json"))
    assert names == sorted([*equipment.FILES, *equipment_more.FILES, elimination.FILE])
    for loader in (equipment.motor_table, equipment.transformer_table, equipment.compressor_table):
        assert loader().provenance.label in PROVENANCE_LABELS


def test_provenance_facts() -> None:
    motor, trafo, comp = equipment.motor_table(), equipment.transformer_table(), equipment.compressor_table()
    assert (motor.provenance.standard, motor.provenance.effective_date) == ("GB 18613-2020", "2021-06-01")
    assert motor.provenance.title == "电动机能效限定值及能效等级"
    assert "6极" in motor.provenance.note and "280–1000" in motor.provenance.note
    assert (trafo.provenance.standard, trafo.provenance.effective_date) == ("GB 20052-2024", "2025-02-01")
    assert (comp.provenance.standard, comp.provenance.effective_date) == ("GB 19153-2019", "2020-07-01")
    assert comp.provenance.effective_date in comp.coverage and "S-1" in comp.coverage
    assert "400 kW 以上" in comp.coverage and "450 kW" in comp.coverage
    assert "变转速" in comp.coverage and "无油" in comp.coverage
    assert "往复式" in comp.coverage and "a1643ed38e0b934bbc7562348883b8a8bd4badc5" in comp.provenance.source
    assert trafo.provenance.effective_date in trafo.coverage and "S-1" in trafo.coverage
    assert "GB 20052-2020 未收录" in trafo.coverage
    assert "a1643ed38e0b934bbc7562348883b8a8bd4badc5" in trafo.provenance.source
    assert len(trafo.rows) == 62 and len(comp.rows) == 144
    assert sum("air" in r.limits for r in comp.rows) == 144
    assert sum("liquid" in r.limits for r in comp.rows) == 96
    assert {r.kw for r in comp.rows if "liquid" not in r.limits} == {
        D(k) for k in ("1.5", "2.2", "3", "4", "5.5", "7.5", "11", "15")}
    assert {r.pressure_mpa for r in comp.rows} == {D(p) for p in ("0.3", "0.5", "0.7", "0.8", "1.0", "1.25")}


def _mutated(name: str, change: Any) -> dict[str, Any]:
    data = copy.deepcopy(_raw(name))
    change(data)
    return data


@pytest.mark.parametrize(("name", "check", "change", "needle"), [
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d["provenance"].pop("label"), "provenance.label"),
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d["provenance"].update(label="X"), "provenance.label"),
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d["rows"]["15"]["3"].update({"4": 92.1}), "rows.15.3.4"),
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d["rows"]["15"]["3"].pop("6"), "rows.15.3"),
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d["rows"]["15"]["1"].update({"2": "100.5"}),
     "rows.15.1.2"),
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d["rows"]["900"]["1"].update({"2": "97.3"}),
     "row_groups.280–1000"),
    (equipment.MOTOR_FILE, equipment.check_motor, lambda d: d.update(format="other"), "format"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer, lambda d: d.pop("coverage"), "coverage"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer,
     lambda d: d["rows"][0]["p0"].pop("2"), "rows[0].p0"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer,
     lambda d: d["rows"].append(copy.deepcopy(d["rows"][0])), "rows[62]"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer,
     lambda d: d["more_tables"][0]["rows"][0].update(insulation_class="C"), "more_tables[0].rows[0].insulation_class"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer,
     lambda d: d["more_tables"][1]["rows"].append(copy.deepcopy(d["more_tables"][1]["rows"][0])),
     "more_tables[1].rows[11]"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer,
     lambda d: d["more_tables"][1]["rows"][0]["pk"].update({"3": 22}), "more_tables[1].rows[0].pk.3"),
    (equipment.TRANSFORMER_FILE, equipment.check_transformer,
     lambda d: d["more_tables"][2].update(table="表1"), "more_tables"),
    (equipment.COMPRESSOR_FILE, equipment.check_compressor,
     lambda d: d["rows"][6]["air"].update({"2": "7.1"}), "rows[6].air"),
    (equipment.COMPRESSOR_FILE, equipment.check_compressor,
     lambda d: d["rows"][6].pop("air"), "rows[6]"),
    (equipment.COMPRESSOR_FILE, equipment.check_compressor,
     lambda d: d["rows"][6].update(not_transcribed=["2"]), "rows[6].air.2"),
    (equipment.COMPRESSOR_FILE, equipment.check_compressor,
     lambda d: d["rows"].append(copy.deepcopy(d["rows"][0])), "rows[144]"),
    (equipment.COMPRESSOR_FILE, equipment.check_compressor,
     lambda d: d["rows"][0]["air"].update({"1": "-6.2"}), "rows[0].air.1"),
])
def test_malformed_files_name_file_and_key(name: str, check: Any, change: Any, needle: str) -> None:
    with pytest.raises(ReferenceDataError) as info:
        check(_mutated(name, change), name)
    text = info.value.message("zh")
    assert name in text and needle in text


def test_duplicate_keys_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "dup.json"
    bad.write_text('{"a": 1, "a": 2}', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"dup\.json"):
        equipment.read(bad)
    with pytest.raises(ReferenceDataError, match=r"nothing\.json"):
        equipment.read(tmp_path / "nothing.json")


def test_loaders_use_the_reference_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop_app.reference import paths

    (tmp_path / "equipment").mkdir()
    monkeypatch.setattr(paths, "reference_dir", lambda: tmp_path)
    equipment.clear_cache()
    try:
        with pytest.raises(ReferenceDataError, match=re.escape(equipment.MOTOR_FILE)):
            equipment.motor_table()
    finally:
        monkeypatch.undo()
        equipment.clear_cache()
    assert len(equipment.motor_table().rows) == 42


def test_transformer_defaults_are_stated_and_the_35_kv_tap_changer_is_asked() -> None:
    """No silent assumption: blank voltage, insulation and (at 10 kV) tap changer are taken as 表1's scope and the
    trace says so; at 35 kV the tap changer picks 表3 or 表4, so it is asked for; a 10 kV on-load one is refused."""
    rows = equipment.transformer_table().rows
    row = next(r for r in rows if r.core == "电工钢带")
    conn = row.connections[0]
    result = grade_transformer(row.kva, row.core, conn, "0.001", "0.001")
    text = "\n".join(result.trace)
    assert "电压等级未填，按 10 kV 判定" in text and "绝缘型式未填，按油浸式判定" in text
    assert "调压方式未填，按无励磁调压判定" in text and result.outcome == "grade_1"
    asked = grade_transformer(10000, None, None, "4.8", "41", voltage_kv=35)
    assert asked.outcome == "cannot_judge" and any("调压方式" in m for m in asked.missing)
    refused = grade_transformer(row.kva, row.core, conn, "0.001", "0.001", tap_changer="有载调压")
    assert refused.outcome == "out_of_coverage" and "有载调压" in "\n".join(refused.trace)
