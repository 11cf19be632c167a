"""GB/T 2589 conversion (REFERENCE.md §5 B1, B11), measured-NCV overrides, balance and display rounding."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.calculations import energy
from desktop_app.domain.errors import ValidationError
from desktop_app.reference import energy_data

D = Decimal
ED = "2020"


def coef(code: str) -> energy_data.Coefficient:
    return energy_data.coefficient(code, ED)


def test_b1_comprehensive_consumption() -> None:
    lines = [
        energy.convert(coef("electricity"), D(5_000_000), "kWh"),
        energy.convert(coef("natural_gas"), D(300_000), "m3"),
        energy.convert(coef("diesel"), D(100), "t"),
        energy.convert(coef("steam_lp"), D(2000), "t"),
    ]
    assert [energy.display_tce(c.tce) for c in lines] == ["614.50", "364.29", "145.71", "257.20"]
    total = energy.comprehensive(lines)
    assert energy.display_tce(total.total_tce) == "1381.70"
    assert energy.display_tce(energy.unit_consumption(total.total_tce, D(20000)), 3) == "69.085"
    shares = dict(total.structure())
    assert sum(shares.values()) == pytest.approx(1)
    equal = energy.convert(coef("electricity"), D(5_000_000), "kWh", equal_value=(D("0.3064"), "示例值"))
    assert energy.display_tce(equal.tce, 1) == "1532.0"
    assert energy.display_tce(total.total_tce - lines[0].tce + equal.tce, 1) == "2299.2"


def test_b11_table_coefficient_is_never_recomputed() -> None:
    c = energy.convert(coef("raw_coal"), D(1000), "kg")
    assert c.coefficient == D("0.7143") and c.tce == D("0.7143")
    assert "GB/T 2589" in c.basis


def test_measured_ncv_overrides_and_removing_it_restores_the_default() -> None:
    measured = energy.MeasuredNcv(D(23027), "2025 年入厂煤化验月报均值")
    with_measured = energy.convert(coef("raw_coal"), D(1), "t", measured)
    assert with_measured.coefficient == D(23027) / D("29307.6") and with_measured.measured
    assert "化验" in with_measured.basis
    assert energy.convert(coef("raw_coal"), D(1), "t").coefficient == D("0.7143")
    with pytest.raises(ValidationError):
        energy.convert(coef("raw_coal"), D(1), "t", energy.MeasuredNcv(D(0), "错"))


def test_bad_inputs() -> None:
    with pytest.raises(ValidationError):
        energy.convert(coef("diesel"), D(-1), "t")
    with pytest.raises(ValidationError):
        energy.convert(coef("diesel"), D(1), "kWh")  # unit of another kind
    with pytest.raises(ValidationError):
        energy.convert(coef("diesel"), D(1), "t", equal_value=(D("0.3"), "x"))
    with pytest.raises(ValidationError):
        energy.convert(coef("electricity"), D(1), "kWh", equal_value=(D("3.05"), "万/元 mix-up"))
    with pytest.raises(ValidationError):
        energy.unit_consumption(D(1), D(0))


def test_balance_flags_imbalance() -> None:
    ok = energy.Balance(D(1000), D(50), D(60), D(10), D(980))
    assert ok.expected == D(980) and ok.imbalance() is None
    off = energy.Balance(D(1000), D(50), D(60), D(10), D(900))
    assert off.imbalance() is not None and off.difference == D(-80)


def test_display_rounding_is_half_even() -> None:
    assert energy.display_tce(D("1.125")) == "1.12" and energy.display_tce(D("1.135")) == "1.14"


@given(st.decimals(min_value=0, max_value=10**9, places=3))
def test_conversion_is_linear(q: Decimal) -> None:
    one = energy.convert(coef("diesel"), q, "t").tce
    assert energy.convert(coef("diesel"), q * 2, "t").tce == 2 * one


def test_units_convert_to_a_non_base_coefficient_unit() -> None:
    """新水 and other 耗能工质 have coefficients per t (GB/T 2589 附录B), not per kg."""
    from desktop_app.calculations.units import to_base

    assert to_base(Decimal(5), "t", "t") == Decimal(5)
    assert to_base(Decimal(2), "万t", "t") == Decimal(20000)
    assert to_base(Decimal(500), "kg", "t") == Decimal("0.5")
    with pytest.raises(ValidationError):
        to_base(Decimal(1), "kWh", "t")
