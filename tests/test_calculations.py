"""Worked examples of REFERENCE.md §5 (B2, B8, B9, B10) and bad inputs for the pure calculations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.calculations import co2, economics, metering
from desktop_app.calculations.units import decimal, to_base
from desktop_app.domain.errors import ValidationError

D = Decimal


def test_b2_co2_total() -> None:
    parts = [
        co2.electricity(D(5000), D("0.5366"), "2022 全国电力平均"),
        co2.Emission("天然气", D(30) * D("21.622"), "30 万m³ × 21.622"),
        co2.Emission("柴油", D(100) * D("3.0959"), "100 t × 3.0959"),
    ]
    assert parts[0].tco2 == D("2683.0000")
    assert co2.total(parts) == D("3641.2500")


def test_fuel_formula_diesel() -> None:
    e = co2.fuel("柴油", D(100), D("42.652"), D("0.0202"), D("0.98"), activity_unit="t", ncv_unit="GJ/t")
    assert e.tco2.quantize(D("0.01")) == D("309.59")
    assert "44/12" in e.trace
    with pytest.raises(ValidationError):
        co2.fuel("柴油", D(100), D("42.652"), D("0.0202"), D("98"), activity_unit="t", ncv_unit="GJ/t")
    with pytest.raises(ValidationError):
        co2.electricity(D(1), D("581"), "万/个 单位错")  # kg/kWh entered as g/kWh


def test_b8_metering_rate() -> None:
    r = metering.rate("电力", "进出主要次级用能单位", 11, 12, D(100))
    assert r.rate_pct.quantize(D("0.1")) == D("91.7") and r.compliant is False and r.verdict_zh == "不符合"
    assert metering.rate("电力", "主要用能设备", 19, 20, D(95)).compliant is True  # 95 % ≥ 95 %
    assert metering.rate("余能", "主要用能设备", 0, 0, None).compliant is None
    with pytest.raises(ValidationError):
        metering.rate("电力", "进出用能单位", 3, 2, D(100))
    with pytest.raises(ValidationError):
        metering.rate("电力", "进出用能单位", -1, 2, D(100))


def test_b9_energy_saving_by_product() -> None:
    from desktop_app.calculations.energy import savings_by_product

    base, report = D(22400) / D(56000), D(29640) / D(78000)
    assert savings_by_product(base, report, D(78000)) == D("1560.000")


def test_b10_economics() -> None:
    assert economics.payback_years(D(120000), D(130000)).quantize(D("0.001")) == D("0.923")
    assert economics.npv(D(120000), D(130000), D("0.08"), 5).quantize(D(1)) == D(399052)
    assert economics.irr(D(120000), D(130000), 5).quantize(D("0.001")) == D("1.054")
    assert economics.payback_years(D(1000), D(0)) is None
    assert economics.irr(D(1000), D(0), 5) is None


def test_units_and_bad_numbers() -> None:
    assert to_base(D(3), "万kWh", "kWh") == D(30000)
    assert to_base(D(2), "t", "kg") == D(2000)
    with pytest.raises(ValidationError):
        to_base(D(1), "kWh", "kg")
    for bad in ("abc", "nan", "inf", None, True):
        with pytest.raises(ValidationError):
            decimal(bad, what="数量")
    assert decimal(0.1, what="x") == D("0.1")  # no binary noise from floats


@given(st.decimals(min_value=0, max_value=10**9, places=3), st.decimals(min_value=0, max_value="1.5", places=4))
def test_electricity_co2_is_linear(mwh: Decimal, ef: Decimal) -> None:
    assert co2.electricity(mwh * 3, ef, "x").tco2 == 3 * co2.electricity(mwh, ef, "x").tco2
