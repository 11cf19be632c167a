"""Energy consumption in the case: frozen coefficients, exact totals reproducible by hand, validation that
changes nothing, undo, bindings, and the plausibility findings of a deliberately broken copy."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.domain.errors import ValidationError
from desktop_app.operations import bindings, check, energy
from desktop_app.operations.cases import new_case
from desktop_app.operations.demo import build_demo
from desktop_app.reference import energy_data
from desktop_app.storage.casefile import CaseFile

D = Decimal


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.jnzd")


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> CaseFile:
    path = tmp_path / "demo.jnzd"
    shutil.copy(demo_file, path)
    case = CaseFile.open(path)
    yield case
    case.close()


def test_demo_totals_reproduce_by_hand(demo: CaseFile) -> None:
    rep = energy.report(demo)
    coal = D(216_000) * 1000 * D(21000) / D("29307.6") / 1000
    power = D(10480) * 10000 * D("0.1229") / 1000
    diesel = D(581) * 1000 * D("1.4571") / 1000
    assert rep.total_tce == coal + power + diesel
    assert rep.edition == "2020"
    equal = coal + D(10480) * 10000 * D("0.3016") / 1000 + diesel
    assert rep.total_tce_equal == equal
    co2 = (D(216_000) * D("21.0") * D("0.0261") * D("0.98") * D(44) / D(12) + D(104_800) * D("0.5366")
           + D(581) * D("42.652") * D("0.0202") * D("0.98") * D(44) / D(12))
    assert rep.total_co2 == co2
    assert sum(share for _name, share in rep.structure()) == pytest.approx(1)
    coal_line = rep.items[0].conversion
    assert coal_line.measured and "化验" in coal_line.basis
    assert "GB/T 2589-2020" in rep.items[1].conversion.basis


def test_coefficients_are_frozen_into_the_case(demo: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    real = energy_data.coefficients

    def changed(edition: str) -> dict[str, energy_data.Coefficient]:
        rows = real(edition)
        rows["diesel"] = energy_data.Coefficient(**{**rows["diesel"].__dict__, "kgce_per_unit": D("9.9999")})
        return rows

    monkeypatch.setattr(energy_data, "coefficients", changed)
    assert energy.coefficients(demo)["diesel"].kgce_per_unit == D("1.4571")


def test_bad_input_changes_nothing(demo: CaseFile) -> None:
    before = len(demo.journal_entries())
    coal = demo.rows("energy_item")[0]["id"]
    for values in ({"consumed": "-5"}, {"consumed": "很多"}, {"co2_oxidation": "98"}, {"measured_ncv": "0"},
                   {"unit": "kWh"}, {"bogus": "1"}):
        with pytest.raises(ValidationError):
            energy.update_item(demo, coal, values)
    with pytest.raises(ValidationError):
        energy.add_item(demo, "unobtainium", "t")
    with pytest.raises(ValidationError):
        energy.set_month(demo, coal, 13, "1")
    with pytest.raises(ValidationError):
        energy.set_settings(demo, {"equal_value": "0.30", "equal_value_source": ""} | {"bogus": 1})
    assert len(demo.journal_entries()) == before


def test_add_and_undo(tmp_path: Path) -> None:
    with new_case(tmp_path / "e.jnzd", as_of_date="2020-12-01") as case:
        assert energy.report(case).items == []
        _c, item = energy.add_item(case, "natural_gas", "万m3", {"consumed": "30"})
        rep = energy.report(case)
        assert rep.edition == "2008"  # the as-of date selects the edition
        assert rep.total_tce == D(300_000) * D("1.2143") / 1000
        assert case.row("frozen_reference", "gbt2589/2008") is not None
        case.undo()
        assert energy.report(case).items == [] and case.row("energy_item", item) is None


def test_bindings_answer_energy_items(demo: CaseFile, tmp_path: Path) -> None:
    derived = bindings.derive(demo, "energy.conversion")
    assert derived is not None and "168498.64 tce" in derived.text and "等价值" in derived.text
    assert bindings.derive(demo, "energy.balance").status.value == "conforming"
    assert "CO2" in bindings.derive(demo, "energy.co2").text
    with new_case(tmp_path / "empty.jnzd", as_of_date="2026-01-01") as empty:
        assert bindings.derive(empty, "energy.conversion") is None


def test_broken_copy_gives_plausibility_findings(demo_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.jnzd"
    shutil.copy(demo_file, path)
    demo = CaseFile.open(path)
    coal, power, diesel = (r["id"] for r in demo.rows("energy_item"))
    energy.update_item(demo, power, {"cost_yuan": "6497.6"})  # typed in 万元
    energy.set_month(demo, power, 7, "8680")  # a month ×10
    energy.update_item(demo, diesel, {"consumed": "681"})  # the balance no longer closes
    energy.update_item(demo, coal, {"measured_ncv": "21.0"})  # MJ/kg typed into a kJ/kg field
    codes = {f.code for f in check.check_case(demo).findings}
    assert {"plausibility.price", "plausibility.months_sum", "energy.imbalance", "plausibility.ncv"} <= codes
    demo.close()
    assert main(["check", str(path)]) == 0  # hints warn, they do not block submission
    out = capsys.readouterr().out
    assert "外购电力单价" in out and "万" in out and "柴油" in out


@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=4))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_total_equals_the_sum_of_items(tmp_path: Path, quantities: list[int]) -> None:
    path = tmp_path / f"sum-{len(quantities)}-{sum(quantities)}.jnzd"
    with new_case(path, as_of_date="2026-03-01", overwrite=True) as case:
        for q in quantities:
            energy.add_item(case, "diesel", "t", {"consumed": str(q)})
        rep = energy.report(case)
        assert rep.total_tce == sum((i.conversion.tce for i in rep.items), D(0)) == D(sum(quantities)) * D("1.4571")


def test_measured_ncv_without_source_is_flagged(tmp_path: Path) -> None:
    with new_case(tmp_path / "src.jnzd", as_of_date="2026-03-01") as case:
        energy.add_item(case, "raw_coal", "t", {"consumed": "10", "measured_ncv": "21000"})
        assert "energy.ncv_source" in {f.code for f in check.check_case(case).findings}


def test_year_on_year_and_output_value_savings(demo: CaseFile) -> None:
    c = energy.report(demo).comparison
    assert c is not None and c.year == 2024
    total = energy.report(demo).total_tce
    assert c.change == (total - D(171900)) / D(171900)
    assert c.savings_by_output_value == (D(171900) / D(53200) - total / D(55800)) * D(55800)
