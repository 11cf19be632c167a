"""节能措施: resource streams → tce (当量 / 等价), CO2, yuan and economics; the typical-measures catalogue.

Expected values are computed by hand from the GB/T 2589 rows (REFERENCE.md §2.2), the CO2 defaults (§2.3) and the
economics formulas (§2.13); B10 is REFERENCE.md §5's constructed example.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.calculations import economics
from desktop_app.calculations import measures as m
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import energy_data, paths
from desktop_app.reference import measures_catalogue as mc
from desktop_app.reference.catalogues import PROVENANCE_LABELS, ReferenceDataError

D = Decimal
ED = "2020"
EQUAL = D("0.300")
GRID = D("0.5366")


def elec(qty: object = D(100_000), price: object = D("0.65")) -> m.Stream:
    return m.Stream("electricity", qty, price)  # type: ignore[arg-type]


def q2(value: Decimal | None) -> Decimal:
    assert value is not None
    return value.quantize(D("0.01"))


def field_of(info: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(info.value.params["field"])


# --- one stream: the brief's hand-computed example ---------------------------------------------------------


def test_electricity_stream_hand_computed() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition=ED, equal_value_kgce_per_kwh=EQUAL,
                   equal_value_source="2023 年全国火电供电标准煤耗（示例）", grid_factor_kg_per_kwh=GRID,
                   grid_factor_source="生态环境部、国家统计局 2022 年全国电力平均")
    s = f.streams[0]
    assert s.tce_equivalent == D("12.29")  # 100 000 kWh × 0.1229 kgce/kWh ÷ 1000
    assert s.tce_equal == D("30.0")  # × 0.300 kgce/kWh
    assert s.tco2 == D("53.66")  # 100 MWh × 0.5366 t/MWh
    assert s.yuan == D(65_000)
    assert s.coefficient == D("0.1229") and s.label == "V-2" and s.coefficient_unit == "kWh"
    assert (f.tce_equivalent, f.tce_equal, f.tco2) == (D("12.29"), D("30.0"), D("53.66"))
    assert f.yuan_per_year == D(65_000) and f.annual_saving_wan == D("6.5")
    assert q2(f.payback_years) == D("3.08")  # 20 ÷ 6.5 = 3.0769
    assert f.npv_wan is None and f.irr_percent is None  # no lifetime given
    assert f.co2_missing == () and f.unpriced == ()
    text = f.trace_text
    for needle in ("GB/T 2589-2020", "0.1229 kgce/kWh", "[V-2]", "12.29 tce", "0.3 kgce/kWh",
                   "2023 年全国火电供电标准煤耗（示例）", "0.5366", "2022 年全国电力平均", "53.66 t",
                   "65000 元/年", "6.5 万元/年", "3.08 年"):
        assert needle in text, needle


def test_npv_and_irr_agree_with_the_economics_module() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition=ED, discount_rate=D("0.08"), lifetime_years=10)
    assert f.npv_wan == economics.npv(D(20), D("6.5"), D("0.08"), 10)
    irr = economics.irr(D(20), D("6.5"), 10)
    assert irr is not None and f.irr_percent == irr * 100
    # by hand: 6.5 × (1 − 1.08⁻¹⁰) / 0.08 − 20 = 23.6155 万元
    assert q2(f.npv_wan) == D("23.62")
    assert f.lifetime_years == 10 and f.discount_rate == D("0.08")
    assert "净现值" in f.trace_text and "内部收益率" in f.trace_text


def test_b10_economics_example() -> None:
    """REFERENCE.md §5 B10: 120 000 CNY, 200 000 kWh × 0.65 CNY → 0.923 a; NPV (8 %, 5 a) 399 052 CNY; IRR ≈ 105.4 %."""
    f = m.evaluate([elec(D(200_000))], investment_wan=D(12), edition=ED, discount_rate=D("0.08"), lifetime_years=5)
    assert f.annual_saving_wan == D(13)
    assert f.payback_years is not None and f.payback_years.quantize(D("0.001")) == D("0.923")
    assert f.npv_wan is not None and (f.npv_wan * 10_000).quantize(D(1)) == D(399_052)
    assert f.irr_percent is not None and f.irr_percent.quantize(D("0.1")) == D("105.4")


def test_irr_without_a_discount_rate_and_no_npv() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition=ED, lifetime_years=10)
    assert f.npv_wan is None and f.irr_percent is not None
    assert "未给折现率" in f.trace_text


def test_rate_without_lifetime_computes_neither() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition=ED, discount_rate=D("0.08"))
    assert f.npv_wan is None and f.irr_percent is None
    assert "未给计算年限" in f.trace_text


def test_extra_om_reduces_the_saving_and_a_saving_le_zero_never_pays_back() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition=ED, extra_om_wan=D("1.5"))
    assert f.annual_saving_wan == D(5) and f.payback_years == D(4)
    assert "新增运维 1.5 万元/年" in f.trace_text
    none = m.evaluate([elec()], investment_wan=D(20), edition=ED, extra_om_wan=D("6.5"), lifetime_years=5,
                      discount_rate=D("0.08"))
    assert none.annual_saving_wan == 0 and none.payback_years is None and none.irr_percent is None
    assert none.npv_wan == D(-20)
    assert "无法回收" in none.trace_text


def test_negative_extra_om_is_a_cost_saving_without_energy() -> None:
    """A peak/valley tariff measure: no energy saved, money saved (entered as negative extra O&M)."""
    f = m.evaluate([], investment_wan=D(1), edition=ED, extra_om_wan=D(-2))
    assert f.tce_equivalent == 0 and f.annual_saving_wan == D(2) and f.payback_years == D("0.5")
    assert f.tco2 is None and "运维等其他费用节约 2 万元/年" in f.trace_text
    assert "未录入资源流" in f.trace_text


def test_without_factors_equal_value_and_electricity_co2_are_none() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition=ED)
    assert f.tce_equivalent == D("12.29")
    assert f.tce_equal is None and f.streams[0].tce_equal is None
    assert f.tco2 is None and f.co2_missing == ("电力",)
    assert "未给电力等价值" in f.trace_text and "未给电网排放因子" in f.trace_text


# --- every resource ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("resource", "qty", "tce", "tco2"), [
    ("natural_gas", D(10_000), D("12.143"), D("21.6502")),  # 1.2143 kgce/m³; 1 × 389.31 × 0.01532 × 0.99 × 44/12
    ("coal", D(10), D("7.143"), None),  # 10 000 kg × 0.7143; no default for raw coal
    ("steam", D(100), D("12.86"), None),  # 100 000 kg × 0.1286
    ("water", D(1000), D("0.0857"), None),  # 1000 t × 0.0857 kgce/t (Annex B)
    ("diesel", D(1), D("1.4571"), D("3.0959")),  # 42.652 × 0.0202 × 0.98 × 44/12 = 3.0959
    ("heavy_oil", D(1), D("1.4286"), D("3.1705")),  # 41.816 × 0.0211 × 0.98 × 44/12 = 3.1705
    ("compressed_air", D(100_000), D("4.0"), None),  # 0.0400 kgce/m³ [M]
    ("heat", D(100), D("3.412"), None),  # 100 000 MJ × 0.03412
    ("other", D(5), D(5), None),
])
def test_each_resource_converts(resource: str, qty: Decimal, tce: Decimal, tco2: Decimal | None) -> None:
    f = m.evaluate([m.Stream(resource, qty, None)], investment_wan=D(0), edition=ED, equal_value_kgce_per_kwh=EQUAL)
    s = f.streams[0]
    assert s.tce_equivalent == tce
    assert s.tce_equal == tce  # only electricity has a separate 等价值
    if tco2 is None:
        assert s.tco2 is None and any("未计 CO2" in n for n in s.notes)
    else:
        assert s.tco2 is not None and s.tco2.quantize(D("0.0001")) == tco2
    assert s.yuan is None and f.unpriced == (s.name_zh,)
    assert f.payback_years is None  # nothing priced: no saving


def test_working_media_say_they_use_the_annex_b_equal_value_and_can_be_left_out() -> None:
    f = m.evaluate([m.Stream("water", D(1000), D("4.5"))], investment_wan=D(1), edition=ED)
    assert "附录B" in f.streams[0].coefficient_basis
    assert "等价热值" in f.trace_text
    off = m.evaluate([m.Stream("water", D(1000), D("4.5"))], investment_wan=D(1), edition=ED,
                     include_working_media=False)
    assert off.tce_equivalent == 0 and off.annual_saving_wan == D("0.45")  # money still counts
    assert "不计入耗能工质" in off.trace_text


def test_edition_2008_is_used_and_named() -> None:
    f = m.evaluate([elec()], investment_wan=D(20), edition="2008")
    assert f.edition == "2008" and f.tce_equivalent == D("12.29")
    assert "GB/T 2589-2008" in f.trace_text


def test_a_row_missing_from_the_edition_is_said_and_counts_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    real = energy_data.coefficient

    def without_steam(code: str, edition: str) -> energy_data.Coefficient:
        if code == "steam_lp":
            raise ReferenceDataError(detail="没有该行")
        return real(code, edition)

    monkeypatch.setattr(energy_data, "coefficient", without_steam)
    f = m.evaluate([m.Stream("steam", D(100), D(200)), elec()], investment_wan=D(1), edition=ED)
    steam = f.streams[0]
    assert steam.tce_equivalent == 0 and steam.coefficient is None
    assert "没有“蒸汽”（steam_lp）行" in steam.coefficient_basis
    assert f.tce_equivalent == D("12.29") and steam.yuan == D(20_000)


# --- several streams, a negative stream, totals -------------------------------------------------------------


def test_multi_stream_measure() -> None:
    streams = [elec(), m.Stream("natural_gas", D(10_000), D("3.5")), m.Stream("water", D(1000), None)]
    f = m.evaluate(streams, investment_wan=D(30), edition=ED, equal_value_kgce_per_kwh=EQUAL,
                   grid_factor_kg_per_kwh=GRID)
    assert f.tce_equivalent == D("12.29") + D("12.143") + D("0.0857")  # 24.5187
    assert f.tce_equal == D("30.0") + D("12.143") + D("0.0857")
    assert f.tco2 is not None and f.tco2.quantize(D("0.01")) == D("75.31")  # 53.66 + 21.650
    assert f.co2_missing == ("新水",) and f.unpriced == ("新水",)
    assert f.yuan_per_year == D(100_000) and f.annual_saving_wan == D(10) and f.payback_years == D(3)
    assert "不含：新水" in f.trace_text


def test_negative_stream_is_allowed_counted_with_its_sign_and_traced() -> None:
    """A VSD saves 100 000 kWh; the heat-recovery pump added with it uses 5 000 kWh."""
    f = m.evaluate([elec(), elec(D(-5000))], investment_wan=D(20), edition=ED, equal_value_kgce_per_kwh=EQUAL,
                   grid_factor_kg_per_kwh=GRID)
    pump = f.streams[1]
    assert pump.quantity == D(-5000)
    assert pump.tce_equivalent == D("-0.6145") and pump.tce_equal == D("-1.5")
    assert pump.tco2 == D("-2.683") and pump.yuan == D(-3250)
    assert any("增加该资源消耗" in n for n in pump.notes)
    assert f.tce_equivalent == D("11.6755") and f.tce_equal == D("28.5")
    assert f.tco2 == D("50.977") and f.annual_saving_wan == D("6.175")
    assert "节约量为负（-5000 kWh）" in f.trace_text
    gas = m.evaluate([m.Stream("natural_gas", D(-10_000), None)], investment_wan=D(0), edition=ED)
    assert gas.tco2 is not None and gas.tco2 < 0 and "−（" in gas.trace_text


def test_totals_of_several_measures() -> None:
    a = m.evaluate([elec()], investment_wan=D(20), edition=ED, equal_value_kgce_per_kwh=EQUAL,
                   grid_factor_kg_per_kwh=GRID)
    b = m.evaluate([m.Stream("natural_gas", D(10_000), D("3.5")), m.Stream("water", D(1000), D(4))],
                   investment_wan=D(10), edition=ED, equal_value_kgce_per_kwh=EQUAL, grid_factor_kg_per_kwh=GRID)
    t = m.totals([a, b])
    assert t.count == 2
    assert t.tce_equivalent == D("12.29") + D("12.143") + D("0.0857")
    assert t.tce_equal == D("30.0") + D("12.143") + D("0.0857")
    assert t.tco2 == a.tco2 + b.tco2  # type: ignore[operator]
    assert t.co2_incomplete  # the water stream has no CO2
    assert t.yuan_per_year == D(65_000) + D(35_000) + D(4000)
    assert t.investment_wan == D(30) and t.annual_saving_wan == D("10.4")
    assert t.payback_years == D(30) / D("10.4")
    assert t.quantities == {"electricity": D(100_000), "natural_gas": D(10_000), "water": D(1000)}
    assert list(t.quantities) == ["electricity", "natural_gas", "water"]  # RESOURCES order
    assert "措施 2 项合计" in t.trace_text


def test_totals_edge_cases() -> None:
    empty = m.totals([])
    assert empty.count == 0 and empty.tce_equivalent == 0 and empty.tce_equal is None and empty.tco2 is None
    assert empty.payback_years is None
    with_equal = m.evaluate([elec()], investment_wan=D(20), edition=ED, equal_value_kgce_per_kwh=EQUAL)
    without = m.evaluate([elec()], investment_wan=D(20), edition="2008")
    t = m.totals([with_equal, without])
    assert t.tce_equal is None and t.tco2 is None and t.tce_equivalent == D("24.58")
    assert "版本不同" in t.trace_text and "有措施未计算等价值" in t.trace_text


# --- validation -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"investment_wan": D(-1)}, "投资（万元）"),
    ({"investment_wan": "abc"}, "投资（万元）"),
    ({"lifetime_years": 0}, "计算年限（年）"),
    ({"lifetime_years": -3}, "计算年限（年）"),
    ({"lifetime_years": D("2.5")}, "计算年限（年）"),
    ({"lifetime_years": 500}, "计算年限（年）"),
    ({"discount_rate": D(8)}, "折现率"),
    ({"discount_rate": D("-0.1")}, "折现率"),
    ({"edition": "1999"}, "GB/T 2589 版本"),
    ({"equal_value_kgce_per_kwh": D(3)}, "电力等价值折标系数"),
    ({"grid_factor_kg_per_kwh": D(5)}, "电网排放因子"),
    ({"extra_om_wan": "x"}, "新增运维费用（万元/年）"),
])
def test_bad_measure_inputs_name_the_field(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"investment_wan": D(20), "edition": ED, **kwargs}
    with pytest.raises(ValidationError) as info:
        m.evaluate([elec()], **args)
    assert field_of(info) == field
    assert field in info.value.message("zh")


@pytest.mark.parametrize(("stream", "field"), [
    (m.Stream("kwh", D(1), None), "资源流1：资源"),
    (m.Stream("electricity", "一万", None), "资源流1（电力）节约量"),  # type: ignore[arg-type]
    (m.Stream("electricity", None, None), "资源流1（电力）节约量"),  # type: ignore[arg-type]
    (m.Stream("electricity", D("NaN"), None), "资源流1（电力）节约量"),
    (m.Stream("electricity", D(1), D(-1)), "资源流1（电力）单价"),
    (m.Stream("electricity", D(1), "贵"), "资源流1（电力）单价"),  # type: ignore[arg-type]
])
def test_bad_streams_name_the_field(stream: m.Stream, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        m.evaluate([stream], investment_wan=D(1), edition=ED)
    assert field_of(info) == field


def test_second_stream_is_named_by_position() -> None:
    with pytest.raises(ValidationError) as info:
        m.evaluate([elec(), m.Stream("coal", "十吨", None)], investment_wan=D(1), edition=ED)  # type: ignore[arg-type]
    assert field_of(info) == "资源流2（原煤）节约量"


def test_text_and_int_inputs_are_accepted_as_numbers() -> None:
    f = m.evaluate([m.Stream("electricity", "100,000", "0.65")],  # type: ignore[arg-type]
                   investment_wan="20", edition=ED, lifetime_years=D(10))  # type: ignore[arg-type]
    assert f.tce_equivalent == D("12.29") and f.lifetime_years == 10 and f.investment_wan == D(20)


# --- constants --------------------------------------------------------------------------------------------


def test_constants() -> None:
    assert m.CATEGORIES == {"management": "管理", "retrofit": "技术改造", "operation": "运行优化"}
    assert list(m.DECISIONS.items()) == [("proposed", "建议"), ("adopted", "采纳"), ("in_progress", "实施中"),
                                         ("implemented", "已实施"), ("rejected", "不采纳")]
    assert m.PRIORITIES == {"high": "高", "medium": "中", "low": "低"}
    assert tuple(m.CATEGORIES) == mc.CATEGORY_KEYS
    assert tuple(m.RESOURCES) == mc.RESOURCE_KEYS


@pytest.mark.parametrize("edition", ["2008", "2020"])
def test_every_resource_row_exists_with_the_expected_unit(edition: str) -> None:
    for res in m.RESOURCES.values():
        assert res.note and res.name_zh
        if res.coefficient_code is None:
            continue
        coef = energy_data.coefficient(res.coefficient_code, edition)
        assert coef.unit == res.coefficient_unit
        assert coef.is_working_medium == res.working_medium
        if res.co2_fuel is None and res.key != "electricity":
            assert res.co2_note


# --- the catalogue ----------------------------------------------------------------------------------------


def test_catalogue_loads_and_says_what_it_is() -> None:
    cat = mc.catalogue()
    assert 25 <= len(cat.measures) <= 30
    assert cat.provenance.label == "M" and cat.provenance.version >= 1
    assert "[M]" in cat.provenance.source and "核实" in cat.provenance.note
    assert "起步目录" in cat.coverage and "不是标准" in cat.coverage
    assert mc.catalogue() is cat  # cached


def test_every_catalogue_entry_is_well_formed() -> None:
    cat = mc.catalogue()
    ids = [x.id for x in cat.measures]
    assert len(set(ids)) == len(ids)
    for x in cat.measures:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", x.id)
        assert x.category in m.CATEGORIES
        assert x.resources and all(r in m.RESOURCES for r in x.resources)
        assert x.applies_to and all(a.strip() for a in x.applies_to)
        assert x.name.strip() and x.description.strip()
        assert x.label == "M" and x.label in PROVENANCE_LABELS  # rules of thumb: nothing here is verified
        assert 0 < x.saving.low <= x.saving.high
        if x.saving.unit == "%":
            assert x.saving.high <= 100 and x.saving.kind in ("percent", "cost_percent")
        assert 0 < x.payback.low <= x.payback.high <= 30
        assert x.arc_group in cat.arc_groups
        assert x.saving.summary and x.payback.summary.endswith("年")
    assert {x.category for x in cat.measures} == set(m.CATEGORIES)


def test_catalogue_covers_the_typical_measures() -> None:
    names = " ".join(x.name for x in mc.catalogue().measures)
    for needle in ("纯低温余热发电", "风机变频", "水泵变频", "叶轮切削", "空压机降压", "压缩空气泄漏", "空压机余热回收",
                   "高效电动机", "IE4", "一级能效", "无功补偿", "保温", "篦冷机", "选粉机", "辊压机", "LED",
                   "能源管理中心", "在线监测", "计量器具", "余热回收利用", "燃烧优化", "富氧燃烧", "疏水阀",
                   "冷凝水回收", "锅炉烟气余热", "电机系统", "峰谷电价", "生产调度"):
        assert needle in names, needle


def test_catalogue_by_industry_and_lookup() -> None:
    cat = mc.catalogue()
    cement = [x for x in cat.measures if "30" in x.industries]
    assert len(cement) >= 5 and all(not x.general for x in cement)
    assert set(cat.for_industry("C30")) == set(cat.measures)
    chem = cat.for_industry("26")
    assert not set(cement) & set(chem) and all(x.general for x in chem)
    assert cat.for_industry(None) == chem
    assert mc.measure("fan_vsd").category == "retrofit"
    assert mc.measure("time_of_use_operation").saving.saves_energy is False
    assert cat.by_category("management") and all(x.category == "management" for x in cat.by_category("management"))
    with pytest.raises(ReferenceDataError, match="没有 id"):
        mc.measure("no_such_measure")


# --- malformed catalogue files ----------------------------------------------------------------------------


def _raw() -> dict[str, Any]:
    data = json.loads((paths.reference_dir() / mc.CATALOGUE_FILE).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        *head, last = path.split(".")
        obj: Any = d
        for part in head:
            obj = obj[int(part)] if part.isdigit() else obj[part]
        obj[int(last) if last.isdigit() else last] = value
    return change


def _pop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        *head, last = path.split(".")
        obj: Any = d
        for part in head:
            obj = obj[int(part)] if part.isdigit() else obj[part]
        obj.pop(last)
    return change


def _dup_id(d: dict[str, Any]) -> None:
    d["measures"][1]["id"] = d["measures"][0]["id"]


MALFORMED: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (_set("format", "other"), "format"),
    (_pop("provenance.label"), "provenance.label"),
    (_set("provenance.label", "X"), "provenance.label"),
    (_pop("coverage"), "coverage"),
    (_set("saving_kinds", {"percent": "x"}), "saving_kinds"),
    (_set("arc_groups.2-1", "x"), "arc_groups.2-1"),
    (_set("measures", []), "measures"),
    (_set("measures.0.category", "other"), "measures[0].category"),
    (_set("measures.0.id", "Fan VSD"), "measures[0].id"),
    (_set("measures.1.resources", ["kwh"]), "measures[1].resources[0]"),
    (_set("measures.1.resources", []), "measures[1].resources"),
    (_set("measures.2.typical_saving.low", 15), "measures[2].typical_saving.low"),
    (_set("measures.2.typical_saving.low", "50"), "measures[2].typical_saving.high"),
    (_set("measures.2.typical_saving.high", "150"), "measures[2].typical_saving.high"),
    (_set("measures.2.typical_saving.kind", "percentage"), "measures[2].typical_saving.kind"),
    (_set("measures.1.typical_saving.kind", "physical"), "measures[1].typical_saving.unit"),
    (_pop("measures.3.payback_years"), "measures[3].payback_years"),
    (_set("measures.3.payback_years.high", "0.01"), "measures[3].payback_years.high"),
    (_set("measures.3.payback_years.high", "99"), "measures[3].payback_years.high"),
    (_set("measures.0.label", "X"), "measures[0].label"),
    (_set("measures.0.arc_group", "3.1"), "measures[0].arc_group"),
    (_set("measures.0.industries", ["99"]), "measures[0].industries[0]"),
    (_set("measures.0.industries", "30"), "measures[0].industries"),
    (_set("measures.0.applies_to", ["风机", "风机"]), "measures[0].applies_to"),
    (_set("measures.0.unexpected", 1), "measures[0]"),
    (_set("measures.0.note", 5), "measures[0].note"),
    (_pop("measures.0.description"), "measures[0].description"),
    (_dup_id, "measures[1].id"),
]


@pytest.mark.parametrize(("change", "key"), MALFORMED)
def test_malformed_catalogue_names_file_and_key(change: Callable[[dict[str, Any]], None], key: str) -> None:
    data = copy.deepcopy(_raw())
    change(data)
    with pytest.raises(ReferenceDataError) as info:
        mc.check_catalogue(data)
    text = info.value.message("zh")
    assert mc.CATALOGUE_FILE in text and f"键 {key}" in text, text


def _with_catalogue(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> None:
    (tmp_path / mc.CATALOGUE_FILE).write_text(text, encoding="utf-8")
    monkeypatch.setattr(paths, "reference_dir", lambda: tmp_path)
    mc.clear_cache()


@pytest.mark.parametrize(("text", "needle"), [
    ("{not json", "不是有效的 JSON"),
    ('{"format": "jnzd-measures-catalogue", "format": "x"}', "重复"),
    ("[]", "（根）"),
])
def test_malformed_tmp_copy_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str,
                                           needle: str) -> None:
    try:
        _with_catalogue(monkeypatch, tmp_path, text)
        with pytest.raises(ReferenceDataError) as info:
            mc.catalogue()
        message = info.value.message("zh")
        assert mc.CATALOGUE_FILE in message and needle in message
    finally:
        monkeypatch.undo()
        mc.clear_cache()
    assert mc.catalogue().measures


def test_malformed_tmp_copy_with_a_bad_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _raw()
    data["measures"][4]["category"] = "改造"
    try:
        _with_catalogue(monkeypatch, tmp_path, json.dumps(data, ensure_ascii=False))
        with pytest.raises(ReferenceDataError, match=re.escape("measures_catalogue.json，键 measures[4].category")):
            mc.catalogue()
    finally:
        monkeypatch.undo()
        mc.clear_cache()


def test_missing_catalogue_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "reference_dir", lambda: tmp_path)
    mc.clear_cache()
    try:
        with pytest.raises(ReferenceDataError, match="文件不存在"):
            mc.catalogue()
    finally:
        monkeypatch.undo()
        mc.clear_cache()
