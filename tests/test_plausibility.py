"""Plausibility hints: price unit mix-ups, months vs year, another fuel's calorific value, ×1000 magnitudes."""

from __future__ import annotations

import json
from decimal import Decimal

from desktop_app.calculations import plausibility as p
from desktop_app.reference.paths import resources_dir

D = Decimal
RANGES = json.loads((resources_dir() / "reference" / "typical_ranges.json").read_text(encoding="utf-8"))


def test_price_in_range_is_quiet_and_wan_yuan_mixup_is_named() -> None:
    assert p.unit_price("electricity", "电力", D(6_500_000), D(10_000_000), RANGES["unit_prices"]) == []
    w = p.unit_price("electricity", "电力", D(650), D(10_000_000), RANGES["unit_prices"])  # cost typed in 万元
    assert len(w) == 1 and "电力单价" in w[0].message and "万" in w[0].message


def test_months_must_add_up_to_the_year() -> None:
    months = [D(100)] * 12
    assert p.monthly_sum("天然气", months, D(1200), "万m³") == []
    w = p.monthly_sum("天然气", months, D(1300), "万m³")
    assert w and "不符" in w[0].message and "-100" in w[0].message
    gaps = p.monthly_sum("天然气", [D(100)] * 11 + [None], D(1200), "万m³")
    assert [x.code for x in gaps] == ["plausibility.months_missing"] and "12 月" in gaps[0].message


def test_natural_gas_with_another_gas_calorific_value() -> None:
    assert p.measured_ncv("natural_gas", "天然气", D(35544), RANGES["measured_ncv"]) == []
    w = p.measured_ncv("natural_gas", "天然气", D(17000), RANGES["measured_ncv"])
    assert w and "焦炉煤气" in w[0].message
    w = p.measured_ncv("raw_coal", "原煤", D("20.9"), RANGES["measured_ncv"])  # MJ/kg typed as kJ/kg
    assert w and "千" in w[0].message


def test_magnitude_off_by_1000() -> None:
    assert p.magnitude("水泥综合能耗", D(89), D(40), D(200), "kgce/t") == []
    w = p.magnitude("水泥综合能耗", D("0.089"), D(40), D(200), "kgce/t")
    assert w and "千" in w[0].message
