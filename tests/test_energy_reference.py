"""Energy reference data: GB/T 2589 coefficients, CO2 factors, GB 17167 metering tables (resources/reference)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.reference import catalogues as cat
from desktop_app.reference import energy_data as ed
from desktop_app.reference import paths

FILES = (ed.GBT2589_FILE, ed.CO2_FILE, ed.GB17167_FILE)
LABELS = {"V", "V-2", "D", "M", "I"}
CO2_PER_C = Decimal(44) / Decimal(12)

EXPECTED_CODES = {
    # fuels, electricity, heat, steam (附录A)
    "raw_coal", "washed_coal", "middlings", "coal_slime", "gangue", "briquette", "coke", "crude_oil", "fuel_oil",
    "gasoline", "kerosene", "diesel", "coal_tar", "residual_oil", "lpg", "refinery_dry_gas", "oilfield_gas",
    "natural_gas", "coal_mine_gas", "coke_oven_gas", "blast_furnace_gas", "producer_gas", "heavy_oil_catalytic_gas",
    "heavy_oil_thermal_gas", "coke_gas", "pressure_gasification_gas", "water_gas", "methanol", "heat",
    "electricity", "steam_lp",
    # working media (附录B)
    "fresh_water", "softened_water", "deaerated_water", "compressed_air", "blast_air", "oxygen",
    "nitrogen_byproduct", "nitrogen_product", "co2_gas", "acetylene", "calcium_carbide",
}


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    ed.clear_cache()
    yield
    ed.clear_cache()


# --- every file loads ----------------------------------------------------------------------------------------


def test_every_file_loads_with_provenance() -> None:
    for name in FILES:
        prov = cat.provenance(name)
        assert prov.label in LABELS
        assert prov.version == 1
    for edition in ("2008", "2020"):
        assert set(ed.coefficients(edition)) == EXPECTED_CODES
    assert ed.grid_factors()
    assert ed.fuels_co2()
    assert ed.heat_co2_default()[0] == Decimal("0.11")
    assert len(ed.refinery_steam_classes()) == 9
    assert ed.electricity_equal_value().typical_range == (Decimal("0.3050"), Decimal("0.3150"))
    assert ed.gb17167_rates() and ed.gb17167_thresholds() and ed.gb17167_accuracy() and ed.gb17167_exemptions()


def test_values_in_the_json_are_strings_never_numbers() -> None:
    """Every coefficient is a JSON string, so no float can slip into a Decimal."""

    def walk(value: object, key: str) -> None:
        if isinstance(value, float):
            raise AssertionError(f"float at {key}")
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{key}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{key}[{i}]")

    for name in FILES:
        walk(json.loads((paths.reference_dir() / f"{name}.json").read_text(encoding="utf-8")), name)


# --- GB/T 2589 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("edition", ["2008", "2020"])
@pytest.mark.parametrize(
    ("code", "value", "unit"),
    [
        ("raw_coal", "0.7143", "kg"),
        ("electricity", "0.1229", "kWh"),
        ("heat", "0.03412", "MJ"),
        ("diesel", "1.4571", "kg"),
        ("natural_gas", "1.2143", "m3"),
        ("oilfield_gas", "1.3300", "m3"),
        ("steam_lp", "0.1286", "kg"),
        ("fresh_water", "0.0857", "t"),
        ("calcium_carbide", "2.0786", "kg"),
    ],
)
def test_coefficient_lookups(edition: str, code: str, value: str, unit: str) -> None:
    c = ed.coefficient(code, edition)
    assert c.kgce_per_unit == Decimal(value)
    assert str(c.kgce_per_unit) == value  # as printed, trailing zeros kept
    assert c.unit == unit
    assert c.edition == edition
    assert c.standard == f"GB/T 2589-{edition}"


def test_raw_coal_is_the_printed_value_not_recomputed_from_its_heat_value() -> None:
    """REFERENCE.md §2.1 trap: 20 908 / 29 307.6 = 0.7134, but the table says 0.7143."""
    c = ed.coefficient("raw_coal", "2008")
    assert c.ncv == Decimal("20908")
    recomputed = (c.ncv / Decimal("29307.6")).quantize(Decimal("0.0001"))
    assert recomputed == Decimal("0.7134")
    assert c.kgce_per_unit == Decimal("0.7143") != recomputed


def test_range_rows() -> None:
    for code, low, high in [
        ("coal_slime", "0.2857", "0.4286"),
        ("coal_mine_gas", "0.5000", "0.5714"),
        ("coke_oven_gas", "0.5714", "0.6143"),
    ]:
        c = ed.coefficient(code, "2008")
        assert c.is_range
        assert (c.kgce_per_unit, c.kgce_per_unit_max) == (Decimal(low), Decimal(high))
        assert c.ncv is not None and c.ncv_max is not None and c.ncv < c.ncv_max
        assert "实测" in c.note
    singles = [c for c in ed.coefficients("2008").values() if not c.is_range]
    assert all(c.kgce_per_unit_max is None and c.ncv_max is None for c in singles)


def test_working_media_and_tables() -> None:
    for c in ed.coefficients("2008").values():
        assert c.is_working_medium == (c.category == "medium")
        assert c.table == ("附录B" if c.is_working_medium else "附录A")
        assert c.category in ed.COEFFICIENT_CATEGORIES
        assert c.unit in ed.COEFFICIENT_UNITS
        assert c.ncv_unit == f"kJ/{c.unit}"


def test_every_row_has_a_label_and_a_source() -> None:
    for edition in ("2008", "2020"):
        for c in ed.coefficients(edition).values():
            assert c.label in LABELS, c.code
            assert c.source.strip(), c.code


def test_2020_rows_repeat_2008_values_and_say_they_must_be_verified() -> None:
    old, new = ed.coefficients("2008"), ed.coefficients("2020")
    for code, c in new.items():
        o = old[code]
        assert (c.kgce_per_unit, c.kgce_per_unit_max, c.ncv, c.ncv_max, c.unit) == (
            o.kgce_per_unit, o.kgce_per_unit_max, o.ncv, o.ncv_max, o.unit
        )
        # V-2 at best: rows from memory stay M; nothing is better than V-2.
        assert c.label == ("M" if o.label == "M" else "V-2")
        assert "2020版原文核实" in c.note


def test_labels_follow_reference() -> None:
    table = ed.coefficients("2008")
    assert table["gangue"].label == "M"
    assert table["compressed_air"].label == "M"
    assert table["fresh_water"].label == "V-2"
    assert table["electricity"].label == "V-2"


@pytest.mark.parametrize(
    ("as_of", "edition"),
    [
        (date(2020, 6, 30), "2008"),
        (date(2021, 3, 31), "2008"),
        (date(2021, 4, 1), "2020"),
        (date(2025, 1, 1), "2020"),
        (date(2000, 1, 1), "2008"),  # before any stored edition: the earliest
    ],
)
def test_edition_selection(as_of: date, edition: str) -> None:
    assert ed.gbt2589_edition_for(as_of) == edition


def test_editions_metadata() -> None:
    e2008, e2020 = ed.gbt2589_editions()
    assert (e2008.edition, e2008.effective_from, e2008.effective_until) == ("2008", date(2008, 6, 1), date(2021, 3, 31))
    assert e2008.effective_from_label == "M"
    assert (e2020.edition, e2020.effective_from, e2020.effective_until) == ("2020", date(2021, 4, 1), None)


def test_unknown_code_or_edition_is_a_reference_error_naming_it() -> None:
    with pytest.raises(cat.ReferenceDataError, match="no_such_fuel"):
        ed.coefficient("no_such_fuel", "2020")
    with pytest.raises(cat.ReferenceDataError, match="1990"):
        ed.coefficients("1990")


def test_coefficients_returns_a_copy() -> None:
    table = ed.coefficients("2008")
    table.pop("raw_coal")
    assert "raw_coal" in ed.coefficients("2008")


def test_electricity_equal_value_is_user_entered() -> None:
    eq = ed.electricity_equal_value()
    assert eq.label == "M"
    assert "用户" in eq.note and "年份" in eq.note


def test_refinery_steam_classes() -> None:
    classes = ed.refinery_steam_classes()
    kgoe = ("92", "90", "88", "85", "80", "76", "72", "66", "55")
    assert [c.kgoe_per_t for c in classes] == [Decimal(x) for x in kgoe]
    for c in classes:
        assert c.kgce_per_t == (c.kgoe_per_t * Decimal("1.4286")).quantize(Decimal("0.1"))
        assert c.kgce_label == "D"
    assert classes[1].kgce_per_t == Decimal("128.6")  # 5.0 MPa: same as GB/T 2589 low-pressure steam per t
    assert classes[0].pressure_max_mpa is None and classes[-1].pressure_min_mpa is None


# --- CO2: grid ---------------------------------------------------------------------------------------------------


def test_grid_factors_2022() -> None:
    national = ed.grid_factor(2022)
    assert national is not None
    assert national.kg_per_kwh == Decimal("0.5366")
    assert national.label == "V" and national.usable_by_default
    central = ed.grid_factor(2022, "华中")
    assert central is not None and central.kg_per_kwh == Decimal("0.5395")
    excl = ed.grid_factor(2022, ed.NATIONAL_EXCL_MARKET_NONFOSSIL)
    assert excl is not None and excl.kg_per_kwh == Decimal("0.5856")
    for region, value in [("华北", "0.6776"), ("西北", "0.5857"), ("华东", "0.5617"), ("东北", "0.5564"),
                          ("南方", "0.3869"), ("西南", "0.2268")]:
        f = ed.grid_factor(2022, region)
        assert f is not None and f.kg_per_kwh == Decimal(value)
    yunnan = ed.grid_factor(2022, "云南")
    assert yunnan is not None and yunnan.kg_per_kwh == Decimal("0.1073") and yunnan.kind == "provincial"


def test_grid_factors_2021() -> None:
    f = ed.grid_factor(2021)
    assert f is not None and f.kg_per_kwh == Decimal("0.5568")
    fossil = ed.grid_factor(2021, ed.NATIONAL_FOSSIL)
    assert fossil is not None and fossil.kg_per_kwh == Decimal("0.8426")


def test_unknown_year_or_region_is_none() -> None:
    assert ed.grid_factor(2020) is None
    assert ed.grid_factor(2023) is None
    assert ed.grid_factor(2021, "华中") is None  # 2021 regional factors are not stored
    assert ed.grid_factor(2022, "火星") is None


def test_unverified_grid_factors_are_not_usable_by_default() -> None:
    unverified = [f for f in ed.grid_factors() if not f.usable_by_default]
    assert {f.kg_per_kwh for f in unverified} == {Decimal("0.5810"), Decimal("0.5703")}
    assert all(f.label == "M" for f in unverified)
    # the default look-up never returns them
    assert all(ed.grid_factor(f.year) != f for f in unverified)
    for f in ed.grid_factors():
        assert f.label in LABELS
        assert f.usable_by_default == (f.label == "V")


@pytest.mark.parametrize(
    ("code", "year", "region"),
    [
        ("41", 2022, "华中"),
        ("410100", 2022, "华中"),
        ("11", 2022, "华北"),
        ("15", 2022, "华北"),  # 内蒙古 by province code: 蒙西
        ("150400", 2022, "东北"),  # 赤峰 (蒙东)
        ("21", 2022, "东北"),
        ("35", 2022, "华东"),
        ("65", 2022, "西北"),
        ("46", 2022, "南方"),
        ("51", 2022, "西南"),
        ("50", 2021, "西南"),
        ("54", 2022, "西南"),
        ("51", 2020, "华中"),  # before the 西南 region: 川渝 → 华中
        ("54", 2020, None),  # … and 西藏 has no region: the user chooses
        ("71", 2022, None),
        ("81", 2022, None),
        ("x1", 2022, None),
        ("4", 2022, None),
    ],
)
def test_grid_region(code: str, year: int, region: str | None) -> None:
    assert ed.grid_region(code, year) == region


def test_every_mainland_province_has_a_region() -> None:
    mainland = [p for p in cat.provinces() if p.code < "71"]
    assert len(mainland) == 31
    for p in mainland:
        region = ed.grid_region(p.code, 2022)
        assert region in ed.GRID_REGIONS, p.name
        assert ed.grid_factor(2022, region) is not None
    assert [p.code for p in mainland if ed.grid_region(p.code, 2020) is None] == ["54"]


# --- CO2: fuels and heat ------------------------------------------------------------------------------------


def _tco2_per_unit(code: str) -> Decimal:
    f = ed.fuel_co2(code)
    assert f is not None and f.oxidation is not None
    return f.ncv * f.cc * f.oxidation * CO2_PER_C


def test_diesel_co2() -> None:
    diesel = ed.fuel_co2("diesel")
    assert diesel is not None
    assert (diesel.ncv, diesel.cc, diesel.oxidation) == (Decimal("42.652"), Decimal("0.0202"), Decimal("0.98"))
    assert diesel.activity_unit == "t"
    assert _tco2_per_unit("diesel").quantize(Decimal("0.0001")) == Decimal("3.0959")


@pytest.mark.parametrize(("code", "expected"), [("fuel_oil", "3.1705"), ("gasoline", "2.9251"), ("lpg", "3.1013")])
def test_other_liquid_fuels_match_reference_derivations(code: str, expected: str) -> None:
    assert _tco2_per_unit(code).quantize(Decimal("0.0001")) == Decimal(expected)


def test_natural_gas_co2_with_the_stored_cc() -> None:
    """The stored CC is 0.01532 (as REFERENCE.md's table prints it): 389.31 × 0.01532 × 0.99 × 44/12 = 21.650
    tCO2/10⁴Nm³. REFERENCE.md's 21.622 (= repo (a)) is what the rounded CC 0.0153 gives."""
    gas = ed.fuel_co2("natural_gas")
    assert gas is not None
    assert (gas.ncv, gas.cc, gas.oxidation) == (Decimal("389.31"), Decimal("0.01532"), Decimal("0.99"))
    assert gas.ncv_unit == "GJ/10^4Nm3" and gas.activity_unit == "10^4Nm3"
    assert _tco2_per_unit("natural_gas").quantize(Decimal("0.001")) == Decimal("21.650")
    rounded_cc = gas.ncv * Decimal("0.0153") * Decimal("0.99") * CO2_PER_C
    assert rounded_cc.quantize(Decimal("0.001")) == Decimal("21.622")


def test_fuels_without_oxidation_rate() -> None:
    for code in ("kerosene", "lng", "coke"):
        f = ed.fuel_co2(code)
        assert f is not None and f.oxidation is None
    coke = ed.fuel_co2("coke")
    assert coke is not None and (coke.ncv, coke.cc) == (Decimal("28.435"), Decimal("0.0294"))
    assert ed.fuel_co2("unobtainium") is None
    assert all(f.label == "V-2" for f in ed.fuels_co2())


def test_heat_default() -> None:
    value, label, source = ed.heat_co2_default()
    assert value == Decimal("0.11") and label == "M" and source


# --- GB 17167 ----------------------------------------------------------------------------------------------


def test_metering_rates() -> None:
    rates = {r.energy: r for r in ed.gb17167_rates()}
    electricity = rates["电力"]
    assert (electricity.level1, electricity.level2, electricity.level3) == (Decimal(100), Decimal(100), Decimal(95))
    assert electricity.label == "V-2"
    steam = rates["蒸汽"]
    assert (steam.level1, steam.level2, steam.level3) == (Decimal(100), Decimal(80), Decimal(70))
    assert rates["水"].label == "M"
    assert all(r.label in LABELS for r in rates.values())
    assert [r.energy for r in rates.values() if r.unresolved] == ["可回收利用的余能"]


def test_waste_energy_row_keeps_both_readings() -> None:
    row = next(r for r in ed.gb17167_rates() if r.energy == "可回收利用的余能")
    assert row.label == "M" and "unresolved" in row.note
    assert [(x.level1, x.level2, x.level3, x.label) for x in row.readings] == [
        (Decimal(90), Decimal(80), None, "M"),
        (Decimal(100), Decimal(80), Decimal(60), "V-2"),
    ]
    assert (row.level1, row.level2, row.level3) == (Decimal(90), Decimal(80), None)


def test_thresholds_and_accuracy() -> None:
    thresholds = {t.energy: t for t in ed.gb17167_thresholds()}
    assert thresholds["电力"].sub_unit_min == Decimal(10) and thresholds["电力"].equipment_min == Decimal(100)
    assert thresholds["煤气、天然气"].sub_unit_min == Decimal(10000)
    assert all(t.label == "M" for t in thresholds.values())
    accuracy = {(a.instrument, a.application): a.accuracy_class for a in ed.gb17167_accuracy()}
    assert accuracy[("电能表（有功）", "I类用户")] == "0.5S"
    assert accuracy[("水流量表（装置）", "非满管流")] == "5"
    assert all(a.label == "M" for a in ed.gb17167_accuracy())


def test_gb17167_editions() -> None:
    e2006, e2025 = ed.gb17167_editions()
    assert e2006.effective_from == date(2007, 1, 1) and e2006.effective_from_label == "M" and e2006.tables_available
    assert e2025.effective_from == date(2026, 2, 1) and not e2025.tables_available
    assert ed.gb17167_edition_for(date(2020, 7, 1)) == "2006"
    assert ed.gb17167_edition_for(date(2026, 1, 31)) == "2006"
    assert ed.gb17167_edition_for(date(2026, 2, 1)) == "2025"
    with pytest.raises(cat.ReferenceDataError, match="tables_available"):
        ed.gb17167_rates("2025")
    with pytest.raises(cat.ReferenceDataError, match="1999"):
        ed.gb17167_rates("1999")


# --- malformed files ---------------------------------------------------------------------------------------------


def _patched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, edit: Callable[[dict[str, object]], None]
) -> None:
    """Copy every reference file to tmp_path, edit one, and point the loaders at the copy."""
    ref = tmp_path / "reference"
    shutil.copytree(paths.reference_dir(), ref)
    path = ref / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "reference_dir", lambda: ref)
    ed.clear_cache()


def _rows(data: dict[str, object], edition: str = "2008") -> list[dict[str, object]]:
    rows = data["editions"][edition]["rows"]  # type: ignore[index]
    assert isinstance(rows, list)
    return rows


def test_float_coefficient_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        _rows(data)[0]["kgce_per_unit"] = 0.7143

    _patched(monkeypatch, tmp_path, ed.GBT2589_FILE, edit)
    where = r"gbt2589_coefficients\.json.*editions\.2008\.rows\[0\]\.kgce_per_unit"
    with pytest.raises(cat.ReferenceDataError, match=where):
        ed.coefficients("2008")


def test_bad_label_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        _rows(data, "2020")[3]["label"] = "verified"

    _patched(monkeypatch, tmp_path, ed.GBT2589_FILE, edit)
    with pytest.raises(cat.ReferenceDataError, match=r"editions\.2020\.rows\[3\]\.label"):
        ed.coefficient("raw_coal", "2020")


def test_missing_key_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        grid = data["grid_factors"]
        assert isinstance(grid, list)
        del grid[2]["kg_per_kwh"]

    _patched(monkeypatch, tmp_path, ed.CO2_FILE, edit)
    with pytest.raises(cat.ReferenceDataError, match=r"co2_factors\.json.*grid_factors\[2\]\.kg_per_kwh.*缺少"):
        ed.grid_factor(2022)


def test_duplicate_code_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        rows = _rows(data)
        rows[1]["code"] = rows[0]["code"]

    _patched(monkeypatch, tmp_path, ed.GBT2589_FILE, edit)
    with pytest.raises(cat.ReferenceDataError, match=r"raw_coal.*重复"):
        ed.coefficients("2008")


def test_edition_gap_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        data["editions"]["2008"]["effective_until"] = "2021-03-30"  # type: ignore[index]

    _patched(monkeypatch, tmp_path, ed.GBT2589_FILE, edit)
    with pytest.raises(cat.ReferenceDataError, match=r"editions\.2008\.effective_until"):
        ed.gbt2589_edition_for(date(2022, 1, 1))


def test_unmapped_province_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        data["grid_regions"]["regions"]["华中"].remove("41")  # type: ignore[index]

    _patched(monkeypatch, tmp_path, ed.CO2_FILE, edit)
    with pytest.raises(cat.ReferenceDataError, match=r"grid_regions\.regions.*41"):
        ed.grid_region("41", 2022)


def test_unresolved_row_must_list_its_readings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        rates = data["editions"]["2006"]["metering_rates"]  # type: ignore[index]
        rates[-1]["readings"] = rates[-1]["readings"][1:]

    _patched(monkeypatch, tmp_path, ed.GB17167_FILE, edit)
    with pytest.raises(cat.ReferenceDataError, match=r"metering_rates\[12\]\.readings"):
        ed.gb17167_rates()
